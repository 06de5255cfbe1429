package com.anjian.common.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every business-rule violation of one request so the caller sees them all at once. */
public final class FieldErrors {

    private final List<ProblemException.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String messageKey, Object... args) {
        errors.add(new ProblemException.FieldError(field, messageKey, args));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        throwIfAny(ProblemType.VALIDATION, "error.validation");
    }

    public void throwIfAny(ProblemType type, String detailKey) {
        if (!errors.isEmpty()) {
            throw new ProblemException(type, errors, detailKey);
        }
    }
}
