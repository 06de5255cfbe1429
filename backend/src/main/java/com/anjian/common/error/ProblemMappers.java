package com.anjian.common.error;

import com.anjian.common.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns every failure into application/problem+json. Caller mistakes become 4xx with a message in
 * the caller's language; only genuine server faults are 500, and those are logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldOf(v),
                        Messages.constraint(locale, v.getMessageTemplate(), v.getConstraintDescriptor().getAttributes())))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return ProblemResponses.build(ProblemType.VALIDATION, Messages.get(locale, "error.validation"), fields, locale, uri);
    }

    /** Two saves of the same record raced: the later one loses and must reload. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(Exception e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(ProblemException.staleVersion(), headers, uri);
    }

    /**
     * A unique key hit by a race the service checks could not see (two first submissions of one
     * ledger, two people taking the same login): the later request conflicts.
     */
    @ServerExceptionMapper
    public Response uniqueKey(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("constraint %s hit: %s", e.getConstraintName(), e.getMessage());
        return ProblemResponses.of(new ProblemException(ProblemType.CONFLICT, "error.concurrent-change"), headers, uri);
    }

    /** Listed one by one: Quarkus REST has its own mappers for the subclasses, and the most specific wins. */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class})
    public Response badJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = e instanceof InvalidFormatException || e instanceof MismatchedInputException
                    ? Messages.get(locale, "error.json.wrong-type")
                    : Messages.get(locale, "error.json.invalid-value");
            return ProblemResponses.build(ProblemType.VALIDATION, Messages.get(locale, "error.validation"),
                    List.of(new FieldProblem(field, message)), locale, uri);
        }
        return ProblemResponses.build(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "error.json.malformed"),
                List.of(), locale, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(Exception e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        if (identityProviderUnreachable(e)) {
            LOG.warnf("identity provider unreachable: %s", e.getMessage());
            return ProblemResponses.build(ProblemType.IDENTITY_UNAVAILABLE,
                    Messages.get(locale, "error.identity-unavailable"), List.of(), locale, uri);
        }
        return ProblemResponses.build(ProblemType.UNAUTHENTICATED, Messages.get(locale, "error.unauthenticated"),
                List.of(), locale, uri);
    }

    /** Keycloak cannot be reached to verify a token: the caller should retry, it did nothing wrong. */
    @ServerExceptionMapper
    public Response identityUnavailable(io.quarkus.oidc.OIDCException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("identity provider unavailable: %s", e.getMessage());
        Locale locale = ProblemResponses.locale(headers);
        return ProblemResponses.build(ProblemType.IDENTITY_UNAVAILABLE,
                Messages.get(locale, "error.identity-unavailable"), List.of(), locale, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        return ProblemResponses.build(ProblemType.FORBIDDEN, Messages.get(locale, "error.forbidden"), List.of(), locale, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (e.getResponse().getStatus() == 413) {
            type = ProblemType.PAYLOAD_TOO_LARGE;
        } else if (e.getResponse().getStatus() >= 500) {
            LOG.error("server error", e);
            type = ProblemType.INTERNAL;
        } else {
            type = ProblemType.MALFORMED_REQUEST;
        }
        String detailKey = type == ProblemType.NOT_FOUND ? "error.route-not-found"
                : "error." + type.uri().substring("/problems/".length());
        return ProblemResponses.build(type, Messages.get(locale, detailKey), List.of(), locale, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.error("unexpected failure", e);
        Locale locale = ProblemResponses.locale(headers);
        return ProblemResponses.build(ProblemType.INTERNAL, Messages.get(locale, "error.internal"), List.of(), locale, uri);
    }

    private static boolean identityProviderUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t.getClass().getName().startsWith("io.vertx.core.net.")
                    || (t.getMessage() != null && (t.getMessage().contains("Connection refused")
                        || t.getMessage().contains("OIDC server is not available")
                        || t.getMessage().contains("not available")))) {
                return true;
            }
        }
        return false;
    }

    /** "create.input.sectors[0]" becomes "sectors[0]"; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean pastParameter = false;
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                pastParameter = true;
                parameterName = node.getName();
                continue;
            }
            if (!pastParameter || node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getName() == null) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return parameterName == null ? "body" : parameterName;
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
