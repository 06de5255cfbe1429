package com.anjian.common.error;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of failure the API reports, each with its status and a localised title. */
public enum ProblemType {
    VALIDATION(Status.BAD_REQUEST, "validation"),
    MALFORMED_REQUEST(Status.BAD_REQUEST, "malformed-request"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden"),
    ACCOUNT_NOT_LINKED(Status.FORBIDDEN, "account-not-linked"),
    NOT_FOUND(Status.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    CONFLICT(Status.CONFLICT, "conflict"),
    STALE_VERSION(Status.CONFLICT, "stale-version"),
    DUPLICATE(Status.CONFLICT, "duplicate"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large"),
    IDENTITY_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "identity-unavailable"),
    DATABASE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "database-unavailable"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal");

    private final Status status;
    private final String slug;

    ProblemType(Status status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public Status status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }
}
