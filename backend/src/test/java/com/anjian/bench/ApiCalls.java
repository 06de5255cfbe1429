package com.anjian.bench;

import com.anjian.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * API calls as a demo user with a real token, through a plain HTTP client that keeps its connection
 * open, as a browser does. Not RestAssured: its Groovy machinery, a new connection per request and the
 * buffering and pretty-printing of every response for the log cost the client several milliseconds of
 * CPU per request, which would be counted as the API's; nor the API tests' contract validator.
 * The response is read whole.
 */
final class ApiCalls {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ApiCalls() {
    }

    static String get(String user, String path, Map<String, ?> query) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, query)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + Tokens.of(user));
        }
        HttpResponse<String> response = CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static URI uri(String path, Map<String, ?> query) {
        StringBuilder uri = new StringBuilder(RestAssured.baseURI).append(':').append(RestAssured.port).append(path);
        char separator = '?';
        for (Map.Entry<String, ?> parameter : query.entrySet()) {
            uri.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    /** The realm roles in the user's token, as the API reads them (realm_access.roles). */
    static List<String> roles(String user) {
        String payload = Tokens.of(user).split("\\.")[1];
        JsonPath claims = JsonPath.from(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return claims.getList("realm_access.roles", String.class);
    }

    /** A list page's ids and total. */
    static Baselines.Page page(String user, String path, Map<String, ?> query) throws IOException, InterruptedException {
        JsonPath json = JsonPath.from(get(user, path, query));
        List<Long> ids = json.getList("items.id", Long.class);
        return new Baselines.Page(ids, json.getLong("total"));
    }

    /** The enforcement monitors of a year as the baseline's keys (Baselines.Monitors). */
    static Baselines.Monitors monitors(String user, int year, Long office) throws IOException, InterruptedException {
        JsonPath json = JsonPath.from(get(user, "/api/v1/enforcement/monitors",
                office == null ? Map.of("year", year) : Map.of("year", year, "officeUnitId", office)));
        List<String> zero = json.getList("zeroPenaltyMonths", Map.class).stream().map(m -> m.get("officeUnitId") + "/" + m.get("month")).toList();
        List<String> behind = json.getList("plansBehind", Map.class).stream().map(m -> m.get("planId") + "/" + m.get("month")).toList();
        return new Baselines.Monitors(json.getList("firstInspectionUnpunished.inspectionId", Long.class), zero, behind,
                json.getList("ordersOverdue.caseId", Long.class));
    }
}
