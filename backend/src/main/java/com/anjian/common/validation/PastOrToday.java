package com.anjian.common.validation;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.time.DateRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date something was done on: plausible and not after the town's today ({@link DateRules#pastOrToday}). */
@Documented
@Constraint(validatedBy = PastOrToday.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PastOrToday {

    String message() default "{date.future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Validator implements ConstraintValidator<PastOrToday, LocalDate> {

        @Inject
        BusinessClock clock;

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || Violations.report(context, DateRules.pastOrToday(value, clock.today()), DateRules.rangeArgs());
        }
    }
}
