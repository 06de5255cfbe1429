package com.anjian.support;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak, for the demo users of keycloak/anjian-realm.json. */
public final class Tokens {

    public static final String PASSWORD = "demo";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
    }

    private Tokens() {
    }

    public static String keycloakUrl() {
        String oidc = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return oidc.substring(0, oidc.indexOf("/realms/"));
    }

    public static String tokenEndpoint() {
        return keycloakUrl() + "/realms/anjian/protocol/openid-connect/token";
    }

    /** A password-grant token of a demo user (public client anjian-cli). */
    public static String of(String username) {
        return cached(username, () -> RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "anjian-cli")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(tokenEndpoint()));
    }

    /** A client-credentials token of the demo integration client. */
    public static String integration() {
        return cached("#integration", () -> RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "anjian-integration")
                .formParam("client_secret", "anjian-integration-demo-secret")
                .post(tokenEndpoint()));
    }

    private static String cached(String key, java.util.function.Supplier<io.restassured.response.Response> fetch) {
        Cached hit = CACHE.get(key);
        if (hit != null && hit.expires().isAfter(Instant.now())) {
            return hit.token();
        }
        io.restassured.response.Response response = fetch.get();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + key + ": " + response.asString());
        }
        JsonPath body = response.jsonPath();
        String token = body.getString("access_token");
        CACHE.put(key, new Cached(token, Instant.now().plusSeconds(body.getInt("expires_in") - 60L)));
        return token;
    }
}
