package com.anjian.common.error;

import java.util.List;

/**
 * A failure the caller can act on. The detail is a message key resolved in the caller's language
 * when the response is written, so services never deal with locales.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;

    /** A field error whose message is a key into the messages bundle. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    public ProblemException(ProblemType type, String detailKey, Object... args) {
        this(type, List.of(), detailKey, args);
    }

    public ProblemException(ProblemType type, List<FieldError> fieldErrors, String detailKey, Object... args) {
        super(type + ": " + detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ProblemException notFound(String whatKey, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "error.not-found", new MessageArg(whatKey), String.valueOf(id));
    }

    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detailKey, args);
    }

    public static ProblemException staleVersion() {
        return new ProblemException(ProblemType.STALE_VERSION, "error.stale-version");
    }

    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, List.of(new FieldError(field, messageKey, args)),
                "error.validation");
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** An argument that is itself a message (key and arguments), translated along with the message. */
    public record MessageArg(String key, Object... args) {
    }
}
