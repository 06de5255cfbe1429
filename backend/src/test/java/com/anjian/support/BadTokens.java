package com.anjian.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Tokens the API must refuse with 401: expired, tampered with, unsigned, or issued by another realm.
 * Each is built from a real token of the test Keycloak, so only the one flaw named differs.
 */
public final class BadTokens {

    /** A public client whose access tokens live one second (created in the test realm on first use). */
    public static final String EXPIRING_CLIENT = "anjian-test-expiring";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String expired;
    private static String otherIssuer;
    private static Instant otherIssuerFetched = Instant.EPOCH;

    private BadTokens() {
    }

    /** A genuinely signed token of {@code officer} that has expired. */
    public static synchronized String expired() {
        if (expired == null) {
            KeycloakAdmin.ensurePasswordClient(EXPIRING_CLIENT, 1);
            String token = io.restassured.RestAssured.given()
                    .formParam("grant_type", "password")
                    .formParam("client_id", EXPIRING_CLIENT)
                    .formParam("username", "officer")
                    .formParam("password", Tokens.PASSWORD)
                    .post(Tokens.tokenEndpoint())
                    .then().statusCode(200).extract().jsonPath().getString("access_token");
            long exp = claims(token).get("exp").asLong();
            // The server allows no clock skew; wait until the token is past its expiry by a margin.
            long waitMillis = (exp + 2) * 1000 - Instant.now().toEpochMilli();
            if (waitMillis > 0) {
                try {
                    Thread.sleep(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            expired = token;
        }
        return expired;
    }

    /** {@code officer}'s token with its claims changed to name {@code admin}, signature kept: it no longer matches. */
    public static String badSignature() {
        String[] parts = Tokens.of("officer").split("\\.");
        ObjectNode claims = claims(parts[0] + "." + parts[1]);
        claims.put("preferred_username", "admin");
        claims.putObject("realm_access").putArray("roles").add("town-admin");
        return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
    }

    /** {@code admin}'s claims with {@code "alg": "none"} and no signature. */
    public static String algNone() {
        String[] parts = Tokens.of("admin").split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** A genuine, unexpired token for a user named {@code admin}, but from the master realm: another issuer. */
    public static synchronized String otherIssuer() {
        // The master realm's tokens live a minute; one is reused for half of that.
        if (otherIssuer == null || Instant.now().isAfter(otherIssuerFetched.plusSeconds(30))) {
            otherIssuer = KeycloakAdmin.masterToken();
            otherIssuerFetched = Instant.now();
        }
        return otherIssuer;
    }

    public static List<String> all() {
        return List.of(expired(), badSignature(), algNone(), otherIssuer());
    }

    static ObjectNode claims(String token) {
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
