package com.anjian.common.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.Optional;

/** Reports a rule's message key (with its arguments) instead of the constraint's default message. */
final class Violations {

    private Violations() {
    }

    static boolean report(ConstraintValidatorContext context, Optional<String> messageKey, Object... args) {
        if (messageKey.isEmpty()) {
            return true;
        }
        return report(context, messageKey.get(), args);
    }

    static boolean report(ConstraintValidatorContext context, String messageKey, Object... args) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        hibernate.withDynamicPayload(new MessageArgs(args));
        hibernate.buildConstraintViolationWithTemplate("{" + messageKey + "}").addConstraintViolation();
        return false;
    }
}
