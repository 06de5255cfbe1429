package com.anjian.common.error;

import com.anjian.common.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses in the caller's language. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.CHINESE : Messages.pick(headers.getAcceptableLanguages());
    }

    public static Response of(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<FieldProblem> fields = e.fieldErrors().stream()
                .map(f -> new FieldProblem(f.field(), Messages.get(locale, f.messageKey(), translate(locale, f.args()))))
                .toList();
        return build(e.type(), Messages.get(locale, e.detailKey(), translate(locale, e.args())), fields, locale, uri);
    }

    public static Response build(ProblemType type, String detail, List<FieldProblem> fields, Locale locale, UriInfo uri) {
        Problem body = new Problem(type.uri(), Messages.get(locale, type.titleKey()), type.status().getStatusCode(),
                detail, uri == null ? null : uri.getRequestUri().getRawPath(), fields.isEmpty() ? null : fields);
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (type == ProblemType.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (type == ProblemType.IDENTITY_UNAVAILABLE) {
            response.header("Retry-After", "30");
        }
        if (type == ProblemType.DATABASE_UNAVAILABLE) {
            response.header("Retry-After", "10");
        }
        return response.build();
    }

    private static Object[] translate(Locale locale, Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof ProblemException.MessageArg m ? Messages.get(locale, m.key(), translate(locale, m.args())) : a)
                .toArray();
    }
}
