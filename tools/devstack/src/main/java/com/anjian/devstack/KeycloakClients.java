package com.anjian.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the SPA's actual origins to its Keycloak client through the admin API. The realm file cannot
 * know the ports chosen at start (ANJIAN_WEB_PORT), and Keycloak's CORS needs exact origins.
 */
final class KeycloakClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String token;

    KeycloakClients(URI base, String adminUser, String adminPassword) throws IOException, InterruptedException {
        this.base = base;
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUser) + "&password=" + encode(adminPassword);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak admin login failed: " + response.statusCode() + " " + response.body());
        }
        this.token = JSON.readTree(response.body()).get("access_token").asText();
    }

    void allowOrigins(String realm, String clientId, List<String> origins) throws IOException, InterruptedException {
        JsonNode found = JSON.readTree(get("/admin/realms/" + realm + "/clients?clientId=" + encode(clientId)));
        if (!found.isArray() || found.isEmpty()) {
            throw new IOException("client " + clientId + " not found in realm " + realm);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        Set<String> webOrigins = values(client, "webOrigins");
        Set<String> redirects = values(client, "redirectUris");
        boolean changed = false;
        for (String origin : origins) {
            String clean = origin.trim().replaceAll("/+$", "");
            changed |= webOrigins.add(clean);
            changed |= redirects.add(clean + "/*");
        }
        if (!changed) {
            return;
        }
        client.set("webOrigins", array(webOrigins));
        client.set("redirectUris", array(redirects));
        HttpResponse<String> response = http.send(request("/admin/realms/" + realm + "/clients/" + client.get("id").asText())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("updating client " + clientId + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " failed: " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
    }

    private static Set<String> values(JsonNode node, String field) {
        Set<String> values = new LinkedHashSet<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static ArrayNode array(Set<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
