package com.anjian.common.validation;

import com.anjian.common.AnjianConfig;
import com.anjian.common.time.BusinessClock;
import com.anjian.common.time.DateRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import java.util.Optional;

/**
 * The date a hazard was found: not in the future, and not longer ago than
 * anjian.hazard.max-found-age-days ({@link DateRules#foundOn}).
 */
@Documented
@Constraint(validatedBy = FoundOn.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FoundOn {

    String message() default "{date.too-old}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Validator implements ConstraintValidator<FoundOn, LocalDate> {

        @Inject
        BusinessClock clock;

        /** Looked up when used: validators are created before the configuration mapping is ready. */
        @Inject
        Instance<AnjianConfig> config;

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = clock.today();
            int maxAgeDays = config.get().hazard().maxFoundAgeDays();
            Optional<String> problem = DateRules.foundOn(value, today, maxAgeDays);
            if (problem.isEmpty()) {
                return true;
            }
            return "date.too-old".equals(problem.get())
                    ? Violations.report(context, problem.get(), DateRules.earliestFoundOn(today, maxAgeDays).toString(), maxAgeDays)
                    : Violations.report(context, problem.get(), DateRules.rangeArgs());
        }
    }
}
