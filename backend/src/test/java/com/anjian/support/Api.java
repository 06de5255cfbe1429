package com.anjian.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Requests as a given caller, with every response checked against the committed contract
 * (../openapi.yaml). Requests are not validated, so tests can send bad input on purpose.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static OpenApiValidationFilter contract;

    static {
        // A failed expectation shows the request and the response it got, in CI logs too.
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    public static synchronized OpenApiValidationFilter contract() {
        if (contract == null) {
            try {
                OpenApiInteractionValidator validator = OpenApiInteractionValidator
                        .createForInlineApiSpecification(Files.readString(CONTRACT))
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build();
                contract = new OpenApiValidationFilter(validator);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + CONTRACT, e);
            }
        }
        return contract;
    }

    /** No token at all. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(contract()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A demo user of the realm: admin, leader, officehead, officehead2, officer, officer2. */
    public static RequestSpecification as(String username) {
        return anonymous().auth().oauth2(Tokens.of(username));
    }

    public static RequestSpecification asIntegration() {
        return anonymous().auth().oauth2(Tokens.integration());
    }
}
