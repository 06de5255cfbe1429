package com.anjian.security;

import com.anjian.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The operations of the committed contract (../openapi.yaml), by operationId. */
final class ContractOperations {

    record Operation(String id, String method, String path) {
        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ContractOperations() {
    }

    static Map<String, Operation> all() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String id = method.getValue().path("operationId").asText(null);
                if (id == null) {
                    throw new IllegalStateException(method.getKey().toUpperCase() + " " + path.getKey()
                            + " has no operationId in openapi.yaml: every operation needs one for the authorisation matrix");
                }
                operations.put(id, new Operation(id, method.getKey().toUpperCase(), path.getKey()));
            }
        }
        return operations;
    }
}
