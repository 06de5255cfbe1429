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
import java.time.YearMonth;
import java.util.Optional;

/** A month parameter written "YYYY-MM", within {@link DateRules#plausible}. */
@Documented
@Constraint(validatedBy = IsoMonth.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoMonth {

    String message() default "{anjian.month}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoMonth, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Optional<YearMonth> month = IsoDates.parseMonth(value);
            if (month.isEmpty()) {
                return Violations.report(context, "anjian.month");
            }
            return Violations.report(context, DateRules.plausible(month.get().atDay(1)), DateRules.rangeArgs());
        }
    }
}
