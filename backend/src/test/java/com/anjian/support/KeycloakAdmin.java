package com.anjian.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Map;

/**
 * Test accounts and clients in the test Keycloak, made through its admin REST API (master realm,
 * admin-cli). Everything is idempotent, so tests can run again and again against the same Keycloak,
 * and everything is derived from the configured Keycloak URL, so it works against the throw-away
 * instance of scripts/test.sh on whatever port it got. The admin account is admin/admin unless
 * ANJIAN_TEST_KEYCLOAK_ADMIN / ANJIAN_TEST_KEYCLOAK_ADMIN_PASSWORD say otherwise.
 */
public final class KeycloakAdmin {

    public static final String REALM = "anjian";
    private static String adminToken;
    private static java.time.Instant adminTokenExpires = java.time.Instant.EPOCH;

    private KeycloakAdmin() {
    }

    /** An access token of the master realm's administrator: a genuine token of another issuer. */
    public static String masterToken() {
        Response response = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", setting("ANJIAN_TEST_KEYCLOAK_ADMIN", "admin"))
                .formParam("password", setting("ANJIAN_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(Tokens.keycloakUrl() + "/realms/master/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin login failed: " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }

    /**
     * A realm user with password {@link Tokens#PASSWORD} and the given realm role, enabled and with
     * the profile Keycloak requires (names and a verified e-mail) so the password grant works at once.
     */
    public static synchronized void ensureUser(String username, String realmRole, String lastName, String firstName) {
        String id = userId(username);
        if (id == null) {
            Response created = admin().body(Map.of(
                            "username", username,
                            "enabled", true,
                            "firstName", firstName,
                            "lastName", lastName,
                            "email", username + "@anjian.example",
                            "emailVerified", true,
                            "credentials", List.of(Map.of("type", "password", "value", Tokens.PASSWORD, "temporary", false))))
                    .post(realmPath("/users"));
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("cannot create Keycloak user " + username + ": " + created.asString());
            }
            id = userId(username);
        }
        Map<String, Object> role = admin().get(realmPath("/roles/" + realmRole)).then().statusCode(200)
                .extract().jsonPath().getMap("");
        admin().body(List.of(role)).post(realmPath("/users/" + id + "/role-mappings/realm")).then().statusCode(204);
    }

    /**
     * A public client for the password grant whose access tokens live {@code lifespanSeconds}: a way
     * to get a genuinely signed token that has expired.
     */
    public static synchronized void ensurePasswordClient(String clientId, int lifespanSeconds) {
        List<Map<String, Object>> found = admin().queryParam("clientId", clientId).get(realmPath("/clients"))
                .then().statusCode(200).extract().jsonPath().getList("");
        if (!found.isEmpty()) {
            return;
        }
        Response created = admin().body(Map.of(
                        "clientId", clientId,
                        "name", "anjian tests: short-lived tokens",
                        "enabled", true,
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "protocol", "openid-connect",
                        "fullScopeAllowed", true,
                        "attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds))))
                .post(realmPath("/clients"));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("cannot create Keycloak client " + clientId + ": " + created.asString());
        }
    }

    private static String userId(String username) {
        List<String> ids = admin().queryParam("username", username).queryParam("exact", true).get(realmPath("/users"))
                .then().statusCode(200).extract().jsonPath().getList("id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static synchronized RequestSpecification admin() {
        if (java.time.Instant.now().isAfter(adminTokenExpires)) {
            adminToken = masterToken();
            adminTokenExpires = java.time.Instant.now().plusSeconds(30);
        }
        return RestAssured.given().auth().oauth2(adminToken).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String realmPath(String path) {
        return Tokens.keycloakUrl() + "/admin/realms/" + REALM + path;
    }

    private static String setting(String name, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(fallback);
    }
}
