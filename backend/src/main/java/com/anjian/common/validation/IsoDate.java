package com.anjian.common.validation;

import com.anjian.common.json.IsoDates;
import com.anjian.common.time.DateRules;
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
import java.util.Optional;

/** A date parameter written "YYYY-MM-DD", within {@link DateRules#plausible}. */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

    String message() default "{anjian.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Optional<LocalDate> date = IsoDates.parseDate(value);
            if (date.isEmpty()) {
                return Violations.report(context, "anjian.date");
            }
            return Violations.report(context, DateRules.plausible(date.get()), DateRules.rangeArgs());
        }
    }
}
