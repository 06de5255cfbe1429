package com.anjian.common;

import com.anjian.support.Api;
import com.anjian.support.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 A6: outages of the database and of Keycloak, created by this test alone. The backend
 * reaches the test database and the test Keycloak through proxies the test controls; the shared
 * servers themselves are never stopped.
 */
@QuarkusTest
@TestProfile(OutagesTest.ThroughProxies.class)
class OutagesTest {

    static final String DB = "database";
    static final String KEYCLOAK = "keycloak";

    public static class ThroughProxies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String db = System.getenv().getOrDefault("ANJIAN_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3317/anjian_test");
            String oidc = System.getenv().getOrDefault("ANJIAN_TEST_OIDC_URL", "http://127.0.0.1:8190/realms/anjian");
            var dbTarget = TcpProxy.hostAndPort(db);
            var oidcTarget = TcpProxy.hostAndPort(oidc);
            int dbPort = TcpProxy.start(DB, dbTarget.getKey(), dbTarget.getValue());
            int keycloakPort = TcpProxy.start(KEYCLOAK, oidcTarget.getKey(), oidcTarget.getValue());
            // The OIDC request timeout stays at its configured default (anjian.identity.request-timeout).
            return Map.of(
                    "quarkus.datasource.jdbc.url", db.replace(dbTarget.getKey() + ":" + dbTarget.getValue(), "127.0.0.1:" + dbPort),
                    "quarkus.oidc.auth-server-url", oidc.replace(oidcTarget.getKey() + ":" + oidcTarget.getValue(), "127.0.0.1:" + keycloakPort));
        }
    }

    /** A token issued through the proxy, so its issuer is the address the backend knows Keycloak by. */
    private static String token(String user) {
        String realm = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class);
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "anjian-cli")
                .formParam("username", user).formParam("password", "demo")
                .post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Requests that give up after 20 s instead of waiting for ever on a hung server. */
    private static RestAssuredConfig impatient() {
        return RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 20_000));
    }

    @Test
    void aDatabaseOutageIs503WithRetryAfterAndRecovers() throws InterruptedException {
        String token = token("admin");
        Api.anonymous().auth().oauth2(token).get("/api/v1/units").then().statusCode(200);
        TcpProxy.command(DB, "cut");
        try {
            long started = System.nanoTime();
            Api.anonymous().config(impatient()).auth().oauth2(token).get("/api/v1/units").then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("10"))
                    .body("type", equalTo("/problems/database-unavailable"))
                    .body("title", equalTo("服务暂不可用"))
                    .body("detail", equalTo("系统暂时无法访问数据库，请稍后再试。"));
            Api.anonymous().config(impatient()).auth().oauth2(token).header("Accept-Language", "en")
                    .body(Map.of("kind", "OFFICE", "name", "停电期间")).post("/api/v1/units").then()
                    .statusCode(503).header("Retry-After", equalTo("10"))
                    .body("detail", equalTo("The database cannot be reached right now. Try again shortly."));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 15, "answered promptly");
            RestAssured.given().get("/q/health/ready").then().statusCode(503);
        } finally {
            TcpProxy.command(DB, "restore");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = Api.anonymous().auth().oauth2(token).get("/api/v1/units").statusCode();
            if (status != 200) {
                assertEquals(503, status, "only 503 while the pool reconnects");
                Thread.sleep(500);
            }
        }
        assertEquals(200, status, "the API is back once the database is");
    }

    @Test
    void aTokenWithAnUnknownKeyWhileKeycloakHangsIsAnsweredPromptly() {
        String token = token("admin");
        Api.anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"kid\"\\s*:\\s*\"[^\"]*\"", "\"kid\":\"a-key-keycloak-rotated-in\"");
        String unknownKey = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
        TcpProxy.command(KEYCLOAK, "freeze");
        try {
            long started = System.nanoTime();
            Response answer = Api.anonymous().config(impatient()).auth().oauth2(unknownKey).get("/api/v1/me");
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            answer.then().statusCode(anyOf(equalTo(401), equalTo(503))).contentType("application/problem+json");
            assertTrue(seconds < 10, "answered in " + seconds + " s, not held while Keycloak hangs");
            // Tokens whose key is known are still verified from the cached key set.
            Api.anonymous().config(impatient()).auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        } finally {
            TcpProxy.command(KEYCLOAK, "thaw");
        }
    }
}
