package com.anjian.common.web;

import com.anjian.common.error.Problem;
import com.anjian.common.error.ProblemType;
import com.anjian.common.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request whose declared length exceeds quarkus.http.limits.max-body-size is refused before its
 * body is read, as Quarkus does, but with a problem+json body in the caller's language instead of
 * Quarkus' empty 413 (which runs one step later and then never sees the request).
 */
@ApplicationScoped
public class BodyLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLong(declared, limit)) {
                refuse(context, limit);
            } else {
                context.next();
            }
        });
    }

    private static boolean tooLong(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuse(RoutingContext context, long limit) {
        Locale locale = locale(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), Messages.get(locale, type.titleKey()), type.status().getStatusCode(),
                Messages.get(locale, "error.payload-too-large.limit", limit / (1024 * 1024)),
                context.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The body was not read: close the connection after answering, as Quarkus' own limit does.
        context.response().setStatusCode(type.status().getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(body);
    }

    private static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.CHINESE;
        }
        try {
            List<Locale> preferred = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
            return Messages.pick(preferred);
        } catch (IllegalArgumentException e) {
            return Messages.CHINESE;
        }
    }
}
