package com.anjian.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Invalid requests generated from the contract for one operation: each case breaks exactly one
 * thing of an otherwise well-typed request (a path or query value, one body field, the body's
 * syntax, the multipart framing, the declared length) and says what the API must answer.
 */
public final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BOUNDARY = "HostileBoundary";
    /** Strings that are not dates a person typed: past year 9999, an epoch day, year 0, no such day, other shapes. */
    private static final List<String> NOT_DATES = List.of("\"+10000-01-01\"", "20260101", "\"0000-01-01\"", "\"1999-12-31\"",
            "\"2100-01-01\"", "\"2026-02-30\"", "\"2026-1-5\"", "\"2026-01-05T00:00:00\"", "[2026,1,5]");
    private static final List<String> NOT_DATE_PARAMETERS = List.of("2026-02-30", "20260101", "0000-01-01", "+10000-01-01",
            "2026-1-5", "1999-12-31");

    private HostileRequests() {
    }

    /** What the API must answer. Every case must also be problem+json and write nothing. */
    public enum Expect {
        /** 400 with errors[] naming {@link Case#field()} (a parameter, a field, or an element of one). */
        FIELD_NAMED,
        /** 400 of any kind (a body that cannot be read at all). */
        BAD_REQUEST,
        /** Some 4xx (the role or the state may be what refuses first). */
        CLIENT_ERROR,
        /** 413, answered from the declared length alone (sent by hand, see {@link RawHttp}). */
        TOO_LARGE
    }

    public record Case(String description, String method, String path, Map<String, String> query, String contentType,
                       byte[] body, String field, Expect expect) {

        /** The path with its query string, each value percent-encoded. */
        public String url() {
            StringBuilder url = new StringBuilder(path);
            String separator = "?";
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
                separator = "&";
            }
            return url.toString();
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** Valid values for what a case does not break: path parameters, and fields the contract cannot invent. */
    public interface Valid {
        /** A value of the path parameter under which the caller finds a real record. */
        String pathValue(Contract.Operation operation, String parameter);

        /** A valid value of the body field, or null to take one made from its schema. */
        default JsonNode bodyValue(Contract.Operation operation, String field, JsonNode schema) {
            return null;
        }
    }

    /** The operation's cases; fails when the contract describes input this generator cannot break. */
    public static List<Case> of(Contract.Operation operation, Valid valid) {
        Map<String, String> path = new LinkedHashMap<>();
        for (Contract.Parameter parameter : operation.in("path")) {
            path.put(parameter.name(), valid.pathValue(operation, parameter.name()));
        }
        List<Case> cases = new ArrayList<>();
        String validPath = fill(operation.path(), path);
        // A broken parameter comes with a well-formed body, so that it is the parameter that is refused.
        String bodyType = null;
        byte[] body = null;
        if (operation.hasBody()) {
            bodyType = operation.bodyMediaType().equals("multipart/form-data")
                    ? "multipart/form-data; boundary=" + BOUNDARY : operation.bodyMediaType();
            body = operation.bodyMediaType().equals("multipart/form-data")
                    ? textFile().getBytes(StandardCharsets.UTF_8)
                    : example(operation, operation.bodySchema(), valid).toString().getBytes(StandardCharsets.UTF_8);
        }
        for (Contract.Parameter parameter : operation.in("path")) {
            for (String bad : badParameterValues(operation, parameter)) {
                Map<String, String> broken = new LinkedHashMap<>(path);
                broken.put(parameter.name(), bad);
                cases.add(new Case(operation + " path " + parameter.name() + "=" + abbreviate(bad), operation.method(),
                        fill(operation.path(), broken), Map.of(), bodyType, body, parameter.name(), Expect.FIELD_NAMED));
            }
        }
        for (Contract.Parameter parameter : operation.in("query")) {
            for (String bad : badParameterValues(operation, parameter)) {
                cases.add(new Case(operation + " query " + parameter.name() + "=" + abbreviate(bad), operation.method(), validPath,
                        Map.of(parameter.name(), bad), bodyType, body, parameter.name(), Expect.FIELD_NAMED));
            }
        }
        if (operation.hasBody()) {
            if (operation.bodyMediaType().equals("application/json")) {
                cases.addAll(jsonCases(operation, validPath, valid));
            } else if (operation.bodyMediaType().equals("multipart/form-data")) {
                cases.addAll(multipartCases(operation, validPath));
            } else {
                throw new IllegalStateException(operation + ": no hostile cases for a body of " + operation.bodyMediaType());
            }
        }
        cases.add(new Case(operation + " declares a 31 MB body", operation.method(), validPath, Map.of(), null, null, null,
                Expect.TOO_LARGE));
        return cases;
    }

    // ------------------------------------------------------------------ parameters

    private static List<String> badParameterValues(Contract.Operation operation, Contract.Parameter parameter) {
        JsonNode schema = parameter.schema();
        List<String> bad = new ArrayList<>();
        if (schema.has("enum")) {
            String first = schema.path("enum").get(0).asText();
            bad.add("NO_SUCH_VALUE");
            bad.add(first.toLowerCase(Locale.ROOT));
            bad.add(" " + first);
            bad.add("1");
            return bad;
        }
        switch (Contract.type(schema)) {
            case "integer" -> {
                bad.addAll(List.of("x", "1.5", "1e3", "99999999999999999999", "0x10"));
                if (schema.has("minimum")) {
                    bad.add(String.valueOf(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    bad.add(String.valueOf(schema.path("maximum").asLong() + 1));
                }
                if (parameter.name().equals("page") || parameter.name().equals("size")) {
                    bad.addAll(List.of("0", "-1", "2147483647", "2147483648"));
                }
            }
            case "boolean" -> bad.addAll(List.of("maybe", "1", "TRUE", "yes"));
            case "string" -> {
                if ("date".equals(schema.path("format").asText())) {
                    bad.addAll(NOT_DATE_PARAMETERS);
                } else if (schema.has("pattern")) {
                    bad.add(nonMatching(schema.path("pattern").asText()));
                    if (monthPattern(schema)) {
                        bad.addAll(List.of("1999-12", "2100-01", "0000-01", "2026-13"));
                    }
                }
                if (schema.has("maxLength")) {
                    bad.add("x".repeat(schema.path("maxLength").asInt() + 1));
                }
                if (bad.isEmpty()) {
                    // No bound in the contract: garbage, and what a month-valued one must refuse. (Kept
                    // short: a request line over 4 KB is refused by the HTTP layer before the API.)
                    bad.addAll(List.of("x".repeat(300), "2026-13", "0000-01", "2026-1"));
                }
            }
            default -> throw new IllegalStateException(operation + ": no hostile values for parameter " + parameter.name()
                    + " of type " + Contract.type(schema));
        }
        bad.removeIf(value -> parameter.in().equals("path") && value.isEmpty());
        return bad;
    }

    // ------------------------------------------------------------------ JSON bodies

    private static List<Case> jsonCases(Contract.Operation operation, String path, Valid valid) {
        List<Case> cases = new ArrayList<>();
        JsonNode schema = operation.bodySchema();
        if (!"object".equals(Contract.type(schema))) {
            throw new IllegalStateException(operation + ": no hostile cases for a JSON body of type " + Contract.type(schema));
        }
        ObjectNode base = example(operation, schema, valid);
        String firstField = base.fieldNames().hasNext() ? base.fieldNames().next() : "version";
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("not JSON", "{\"" + firstField + "\":");
        documents.put("an array", "[]");
        documents.put("null", "null");
        documents.put("empty", "");
        documents.put("a string", "\"" + firstField + "\"");
        documents.put("two documents", base + " " + base);
        documents.put("a duplicate key", "{\"" + firstField + "\":" + base.path(firstField) + ",\"" + firstField + "\":"
                + base.path(firstField) + "}");
        documents.put("nested too deep", "[".repeat(2000) + "]".repeat(2000));
        documents.forEach((what, text) -> cases.add(new Case(operation + " body: " + what, operation.method(), path, Map.of(),
                "application/json", text.getBytes(StandardCharsets.UTF_8), null, Expect.BAD_REQUEST)));
        cases.add(new Case(operation + " body as text/plain", operation.method(), path, Map.of(), "text/plain",
                base.toString().getBytes(StandardCharsets.UTF_8), null, Expect.CLIENT_ERROR));

        java.util.Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = property.getKey();
            JsonNode fieldSchema = Contract.resolve(property.getValue());
            for (Mutation mutation : mutations(operation, field, fieldSchema, required.contains(field))) {
                ObjectNode broken = base.deepCopy();
                if (mutation.raw() == null) {
                    broken.remove(field);
                } else {
                    broken.set(field, parse(mutation.raw()));
                }
                cases.add(new Case(operation + " " + field + " = " + abbreviate(mutation.describe()), operation.method(), path,
                        Map.of(), "application/json", broken.toString().getBytes(StandardCharsets.UTF_8),
                        mutation.field(field), Expect.FIELD_NAMED));
            }
        }
        return cases;
    }

    private record Mutation(String raw, String element) {
        static Mutation of(String raw) {
            return new Mutation(raw, null);
        }

        String describe() {
            return raw == null ? "(missing)" : raw;
        }

        String field(String field) {
            return element == null ? field : field + element;
        }
    }

    private static List<Mutation> mutations(Contract.Operation operation, String field, JsonNode schema, boolean required) {
        List<Mutation> mutations = new ArrayList<>();
        if (required) {
            mutations.add(Mutation.of("null"));
            mutations.add(new Mutation(null, null));
        }
        if (schema.has("enum")) {
            String first = schema.path("enum").get(0).asText();
            mutations.add(Mutation.of("1"));
            mutations.add(Mutation.of("\"NO_SUCH_VALUE\""));
            mutations.add(Mutation.of(quote(first.toLowerCase(Locale.ROOT))));
            mutations.add(Mutation.of("\"\""));
            return mutations;
        }
        switch (Contract.type(schema)) {
            case "string" -> {
                mutations.addAll(List.of(Mutation.of("123"), Mutation.of("true"), Mutation.of("{}"), Mutation.of("[\"x\"]")));
                if ("date".equals(schema.path("format").asText())) {
                    NOT_DATES.forEach(date -> mutations.add(Mutation.of(date)));
                } else if (schema.has("maxLength")) {
                    mutations.add(Mutation.of(quote("长".repeat(schema.path("maxLength").asInt() + 1))));
                } else {
                    throw new IllegalStateException(operation + ": string field " + field
                            + " has no maxLength in the contract (declare the column's bound with @Size)");
                }
                if (schema.has("pattern")) {
                    mutations.add(Mutation.of(quote(nonMatching(schema.path("pattern").asText()))));
                }
            }
            case "integer" -> {
                mutations.addAll(List.of(Mutation.of("\"1\""), Mutation.of("1.5"), Mutation.of("true"), Mutation.of("{}"),
                        Mutation.of("99999999999999999999")));
                if (schema.has("minimum")) {
                    mutations.add(Mutation.of(String.valueOf(schema.path("minimum").asLong() - 1)));
                }
                if (schema.has("maximum")) {
                    mutations.add(Mutation.of(String.valueOf(schema.path("maximum").asLong() + 1)));
                }
            }
            case "number" -> {
                mutations.addAll(List.of(Mutation.of("\"1\""), Mutation.of("true"), Mutation.of("[1]")));
                if (schema.has("minimum")) {
                    mutations.add(Mutation.of(schema.path("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString()));
                }
                if (schema.has("maximum")) {
                    mutations.add(Mutation.of(schema.path("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString()));
                }
                if (schema.has("multipleOf")) {
                    mutations.add(Mutation.of(schema.path("multipleOf").decimalValue().movePointLeft(1).toPlainString()));
                }
                mutations.add(Mutation.of("1e400"));
            }
            case "boolean" -> mutations.addAll(List.of(Mutation.of("\"true\""), Mutation.of("1"), Mutation.of("\"yes\"")));
            case "array" -> {
                mutations.addAll(List.of(Mutation.of("\"x\""), Mutation.of("{}"), Mutation.of("1")));
                mutations.add(new Mutation("[null]", "[0]"));
                JsonNode items = Contract.resolve(schema.path("items"));
                String itemType = Contract.type(items);
                if (itemType.equals("integer") || itemType.equals("number")) {
                    mutations.add(new Mutation("[\"1\"]", "[0]"));
                } else if (itemType.equals("string")) {
                    mutations.add(new Mutation("[123]", "[0]"));
                }
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                        tooMany.add(exampleOf(operation, field, items, null));
                    }
                    mutations.add(Mutation.of(tooMany.toString()));
                }
            }
            case "object" -> mutations.addAll(List.of(Mutation.of("\"x\""), Mutation.of("[]")));
            default -> throw new IllegalStateException(operation + ": no hostile values for field " + field
                    + " of type " + Contract.type(schema));
        }
        return mutations;
    }

    /** A well-typed body: every property, with the caller's valid values where it has them. */
    private static ObjectNode example(Contract.Operation operation, JsonNode schema, Valid valid) {
        ObjectNode body = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode fieldSchema = Contract.resolve(property.getValue());
            JsonNode value = valid.bodyValue(operation, property.getKey(), fieldSchema);
            body.set(property.getKey(), value != null ? value : exampleOf(operation, property.getKey(), fieldSchema, valid));
        }
        return body;
    }

    private static JsonNode exampleOf(Contract.Operation operation, String field, JsonNode schema, Valid valid) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return switch (Contract.type(schema)) {
            case "string" -> {
                if ("date".equals(schema.path("format").asText())) {
                    yield NODES.textNode(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
                }
                String pattern = schema.path("pattern").asText(null);
                for (String candidate : List.of("样例", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7),
                        "13800138000", "sample")) {
                    if (pattern == null || Pattern.compile(pattern).matcher(candidate).find()) {
                        yield NODES.textNode(candidate);
                    }
                }
                throw new IllegalStateException(operation + ": no example for " + field + " matching " + pattern);
            }
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            case "object" -> valid == null ? NODES.objectNode() : example(operation, schema, valid);
            default -> throw new IllegalStateException(operation + ": no example for " + field);
        };
    }

    // ------------------------------------------------------------------ multipart bodies

    private static List<Case> multipartCases(Contract.Operation operation, String path) {
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n";
        Map<String, String> framing = new LinkedHashMap<>();
        framing.put("empty", "");
        framing.put("another boundary", part.replace(BOUNDARY, "Other") + "abc\r\n--Other--\r\n");
        framing.put("unterminated", part + "abc");
        framing.put("headers cut short", "--" + BOUNDARY + "\r\nContent-Disposition: form-da");
        framing.put("only the closing boundary", "--" + BOUNDARY + "--\r\n");
        List<Case> cases = new ArrayList<>();
        String multipart = "multipart/form-data; boundary=" + BOUNDARY;
        framing.forEach((what, body) -> cases.add(new Case(operation + " multipart: " + what, operation.method(), path, Map.of(),
                multipart, body.getBytes(StandardCharsets.UTF_8), null, Expect.BAD_REQUEST)));
        cases.add(new Case(operation + " multipart without a boundary", operation.method(), path, Map.of(),
                "multipart/form-data", "--x\r\n\r\n--x--".getBytes(StandardCharsets.UTF_8), null, Expect.BAD_REQUEST));
        cases.add(new Case(operation + " multipart without the file part", operation.method(), path, Map.of(), multipart,
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8), "file", Expect.FIELD_NAMED));
        cases.add(new Case(operation + " multipart with a text file", operation.method(), path, Map.of(), multipart,
                textFile().getBytes(StandardCharsets.UTF_8), null, Expect.CLIENT_ERROR));
        cases.add(new Case(operation + " JSON instead of multipart", operation.method(), path, Map.of(), "application/json",
                "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8), null, Expect.CLIENT_ERROR));
        return cases;
    }

    /** A well-framed multipart body whose file is text named like a photo: no accepted type. */
    private static String textFile() {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nnot a photo\r\n--" + BOUNDARY + "--\r\n";
    }

    // ------------------------------------------------------------------ helpers

    private static boolean monthPattern(JsonNode schema) {
        String pattern = schema.path("pattern").asText("");
        return pattern.contains("\\d{4}-") && !pattern.contains("\\d{4}-\\d{2}-");
    }

    /** A short string the pattern does not accept. */
    private static String nonMatching(String pattern) {
        Pattern compiled = Pattern.compile(pattern);
        for (String candidate : List.of(" ", "!!", "x", "2026-1", "\t")) {
            if (!compiled.matcher(candidate).find()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no string found that " + pattern + " refuses");
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()).replace("+", "%20"));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String text) {
        return NODES.textNode(text).toString();
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(raw, e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "…(" + text.length() + ")" : text;
    }
}
