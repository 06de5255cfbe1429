package com.anjian.common.error;

import com.anjian.common.i18n.Messages;
import com.anjian.common.json.InvalidValueException;
import com.anjian.common.validation.MessageArgs;
import com.anjian.common.web.AllowedMethods;
import com.anjian.common.web.InvalidParameterException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
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
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
                .map(v -> new FieldProblem(fieldOf(v), messageOf(v, locale)))
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
            InvalidNullException.class, InvalidValueException.class, InputCoercionException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class})
    public Response badJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? jsonPath(mapping)
                : e instanceof InputCoercionException ? parserPath(e) : null;
        if (field == null || field.isEmpty()) {
            return ProblemResponses.build(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "error.json.malformed"),
                    List.of(), locale, uri);
        }
        return ProblemResponses.build(ProblemType.VALIDATION, Messages.get(locale, "error.validation"),
                List.of(new FieldProblem(field, jsonMessage(e, locale))), locale, uri);
    }

    /** What is wrong with one JSON value, as precisely as the exception tells. */
    private static String jsonMessage(JsonProcessingException e, Locale locale) {
        if (e instanceof InvalidValueException invalid) {
            return Messages.get(locale, invalid.messageKey(), invalid.args());
        }
        if (e instanceof InvalidNullException) {
            return Messages.get(locale, "anjian.required");
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            return Messages.get(locale, "error.json.number-range");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
                return Messages.get(locale, "error.enum.unknown", allowed);
            }
            String expected = expectedKey(target);
            if (expected != null) {
                return Messages.get(locale, expected);
            }
        }
        return e instanceof InvalidFormatException || e instanceof MismatchedInputException
                ? Messages.get(locale, "error.json.wrong-type")
                : Messages.get(locale, "error.json.invalid-value");
    }

    private static String expectedKey(Class<?> target) {
        if (target == String.class) {
            return "error.json.expected-text";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class
                || target == BigInteger.class) {
            return "error.json.expected-integer";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "error.json.expected-number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "error.json.expected-boolean";
        }
        if (target == LocalDate.class) {
            return "anjian.date";
        }
        if (target == YearMonth.class) {
            return "anjian.month";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "error.json.expected-array";
        }
        return null;
    }

    /** A query or path parameter that is not of its type: 400 naming it. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        return ProblemResponses.build(ProblemType.VALIDATION, Messages.get(locale, "error.validation"),
                List.of(new FieldProblem(e.parameter(), Messages.get(locale, e.messageKey(), e.args()))), locale, uri);
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
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus' JSON reader wraps some Jackson failures (a number too large for its field, a
            // duplicate key); they are answered like every other JSON problem.
            return badJson(json, headers, uri);
        }
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
        Response problem = ProblemResponses.build(type, Messages.get(locale, detailKey), List.of(), locale, uri);
        if (type == ProblemType.METHOD_NOT_ALLOWED && uri != null) {
            // RFC 9110: a 405 lists the methods the resource does support.
            String allowed = String.join(", ", AllowedMethods.forPath(uri.getRequestUri().getRawPath()));
            if (!allowed.isEmpty()) {
                return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
            }
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemResponses.locale(headers);
        if (databaseUnavailable(e)) {
            // The caller did nothing wrong and the service will be back: 503 with Retry-After, as health says DOWN.
            LOG.warnf("database unavailable: %s", e.getMessage());
            return ProblemResponses.build(ProblemType.DATABASE_UNAVAILABLE,
                    Messages.get(locale, "error.database-unavailable"), List.of(), locale, uri);
        }
        if (e instanceof IOException && thrownReadingForm(e)) {
            // A multipart body with a wrong boundary, cut short or empty: the request, not the server, is broken.
            LOG.debugf("malformed form body: %s", e.getMessage());
            return ProblemResponses.build(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "error.multipart.malformed"),
                    List.of(), locale, uri);
        }
        LOG.error("unexpected failure", e);
        return ProblemResponses.build(ProblemType.INTERNAL, Messages.get(locale, "error.internal"), List.of(), locale, uri);
    }

    /** A failure to reach the database (refused, reset, pool exhausted), as opposed to a failing statement. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")))) {
                return true;
            }
        }
        return false;
    }

    /** Quarkus REST parses form bodies before the resource runs; an IOException from there is the body's fault. */
    private static boolean thrownReadingForm(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")
                    || type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")) {
                return true;
            }
        }
        return false;
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
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
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

    /** The constraint's message, with the arguments its validator attached (e.g. the earliest allowed date). */
    private static String messageOf(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        MessageArgs args = null;
        try {
            args = ((HibernateConstraintViolation<?>) violation.unwrap(HibernateConstraintViolation.class))
                    .getDynamicPayload(MessageArgs.class);
        } catch (RuntimeException notHibernate) {
            // another provider: no dynamic arguments
        }
        if (args != null && template != null && template.startsWith("{") && template.endsWith("}")) {
            return Messages.get(locale, template.substring(1, template.length() - 1), args.args());
        }
        return Messages.constraint(locale, template, violation.getConstraintDescriptor().getAttributes());
    }

    /** Where the parser stood when a value could not be read (e.g. a number too large for its type). */
    private static String parserPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                segments.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                segments.push(context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!segment.startsWith("[") && !path.isEmpty()) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.toString();
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
