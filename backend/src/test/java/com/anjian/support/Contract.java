package com.anjian.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The committed contract (../openapi.yaml) read as data, so suites can be generated from it: every
 * operation with its parameters and request body, schemas with their $refs resolved.
 */
public final class Contract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonNode document;

    private Contract() {
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public record Operation(String method, String path, String operationId, List<Parameter> parameters,
                            String bodyMediaType, JsonNode bodySchema, boolean bodyRequired) {

        public boolean hasBody() {
            return bodyMediaType != null;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    public static synchronized JsonNode document() {
        if (document == null) {
            try {
                document = YAML.readTree(Files.readString(Api.CONTRACT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    /** Every operation under /api/, in the order of the document. */
    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode p = resolve(parameter);
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), resolve(p.path("schema"))));
                }
                String mediaType = null;
                JsonNode bodySchema = null;
                JsonNode content = operation.path("requestBody").path("content");
                if (content.isObject() && content.size() > 0) {
                    mediaType = content.fieldNames().next();
                    bodySchema = resolve(content.path(mediaType).path("schema"));
                }
                operations.add(new Operation(method, path.getKey(), operation.path("operationId").asText(), parameters,
                        mediaType, bodySchema, operation.path("requestBody").path("required").asBoolean(false)));
            }
        }
        return operations;
    }

    /**
     * The schema with its $ref followed (siblings of the $ref win, as in OpenAPI 3.1) and a nullable
     * {@code anyOf: [X, null]} reduced to X.
     */
    public static JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return schema;
        }
        ObjectNode merged = ((ObjectNode) schema).deepCopy();
        if (merged.has("$ref")) {
            String ref = merged.remove("$ref").asText();
            JsonNode target = document().at(ref.substring(1));
            ObjectNode base = ((ObjectNode) resolve(target)).deepCopy();
            base.setAll(merged);
            merged = base;
        }
        if (merged.has("anyOf")) {
            for (JsonNode option : merged.remove("anyOf")) {
                JsonNode resolved = resolve(option);
                if (!"null".equals(resolved.path("type").asText())) {
                    ObjectNode base = ((ObjectNode) resolved).deepCopy();
                    base.setAll(merged);
                    merged = base;
                    break;
                }
            }
        }
        return merged;
    }

    /** The schema's type other than "null": string, integer, number, boolean, array or object. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode option : type) {
            if (!"null".equals(option.asText())) {
                return option.asText();
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("enum") ? "string" : "unknown";
    }

    public static boolean nullable(JsonNode schema) {
        for (JsonNode option : schema.path("type")) {
            if ("null".equals(option.asText())) {
                return true;
            }
        }
        return false;
    }
}
