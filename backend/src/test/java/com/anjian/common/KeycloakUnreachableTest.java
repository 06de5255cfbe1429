package com.anjian.common;

import com.anjian.support.Api;
import com.anjian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** With the identity provider out of reach, a valid token gets 503 (or 401), never 500. */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.NoKeycloak.class)
class KeycloakUnreachableTest {

    public static class NoKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A port where nothing listens: Keycloak is "down" for the backend, not for the test.
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/anjian",
                    "quarkus.oidc.connection-timeout", "1S");
        }
    }

    @Test
    void validTokenGets503ProblemNot500() {
        String token = RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "anjian-cli")
                .formParam("username", "admin").formParam("password", Tokens.PASSWORD)
                .post(testKeycloak() + "/realms/anjian/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        Api.anonymous().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(503).contentType("application/problem+json").body("type", equalTo("/problems/identity-unavailable"))
                .header("Retry-After", equalTo("30"));
    }

    @Test
    void noTokenStillGets401() {
        Api.anonymous().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json");
    }

    private static String testKeycloak() {
        return System.getenv().getOrDefault("ANJIAN_TEST_KEYCLOAK_URL", "http://127.0.0.1:8190");
    }
}
