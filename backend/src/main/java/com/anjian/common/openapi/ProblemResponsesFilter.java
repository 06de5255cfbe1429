package com.anjian.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declares once, in the contract, the problem+json error responses that {@code ProblemMappers}
 * produce, and attaches to every API operation the ones it can return, with the bearer scheme.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String SCHEME = "bearer";
    private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new String[]{"BadRequest", "Invalid input; errors[] names each field"});
        RESPONSES.put("401", new String[]{"Unauthorized", "No valid bearer token"});
        RESPONSES.put("403", new String[]{"Forbidden", "The caller's role or data scope does not allow this"});
        RESPONSES.put("404", new String[]{"NotFound", "No such record in the caller's scope"});
        RESPONSES.put("409", new String[]{"Conflict", "Stale version, duplicate, or a state that does not allow this"});
        RESPONSES.put("413", new String[]{"PayloadTooLarge", "The request body (or the uploaded file) is larger than allowed"});
        RESPONSES.put("415", new String[]{"UnsupportedMediaType",
                "The body is not of the declared content type, or an upload is not of an accepted type (judged from its bytes)"});
        RESPONSES.put("503", new String[]{"ServiceUnavailable",
                "The identity provider or the database cannot be reached; retry after Retry-After seconds"});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from Keycloak (realm anjian)"));
        RESPONSES.forEach((status, named) -> {
            APIResponse response = OASFactory.createAPIResponse()
                    .description(named[1])
                    .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            if ("503".equals(status)) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds after which the request may succeed")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
            }
            components.addResponse(named[0], response);
        });
        components.addSchema("FieldError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("JSON path of the field in the request body, or the query parameter"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Why, in the caller's language"))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; title and detail in the caller's language (Accept-Language)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status")));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> decorate(path, method, operation));
        });
    }

    private void decorate(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() != null && "query".equals(p.getIn().toString())));
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasBody = operation.getRequestBody() != null;
        if (hasInput || path.contains("{")) {
            add(responses, "400");
        }
        add(responses, "401");
        add(responses, "403");
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (writes) {
            add(responses, "409");
        }
        if (hasBody) {
            // Any body may exceed quarkus.http.limits.max-body-size or come in another content type.
            add(responses, "413");
            add(responses, "415");
        }
        add(responses, "503");
    }

    /** Replaces the content-less 401/403 that Quarkus adds for secured methods with the problem response. */
    private static void add(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            APIResponse ref = OASFactory.createAPIResponse().ref("#/components/responses/" + RESPONSES.get(status)[0]);
            responses.addAPIResponse(status, ref);
        }
    }

}
