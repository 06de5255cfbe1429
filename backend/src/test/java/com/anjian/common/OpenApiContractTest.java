package com.anjian.common;

import com.anjian.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed openapi.yaml is the contract: it must parse and equal what the server serves. */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentEqualsTheCommittedContract() throws Exception {
        String served = RestAssured.given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(Api.CONTRACT));
        JsonNode live = YAML.readTree(served);
        if (!committed.equals(live)) {
            Path fresh = Path.of("target", "openapi-served.yaml");
            Files.writeString(fresh, served);
            throw new AssertionError("openapi.yaml differs from /q/openapi (served copy in backend/" + fresh
                    + "). If the change is intended, run `make openapi` and commit openapi.yaml and the frontend types.");
        }
    }

    @Test
    void committedContractIsValidOpenApi3() throws Exception {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(Api.CONTRACT));
        assertNotNull(result.getOpenAPI(), "openapi.yaml does not parse");
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), "parser messages: " + result.getMessages());
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."), "OpenAPI 3.x");
        assertEquals("Anjian API", result.getOpenAPI().getInfo().getTitle());
    }
}
