package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sweep: every operation of the OpenAPI document, as each role, with each kind of bad value — wrong types, nulls,
 * empty maps and lists, lists of null, huge and tiny numbers, long strings, control characters, unknown enumeration
 * values and users, absurd dates, bad path keys — and with broken content types, boundaries and Accept headers. Every
 * answer is below 500, and every refusal is JSON (the API's error shape), never an empty body or the UI's page.
 */
@WorkbenchTest
@org.springframework.test.context.TestPropertySource(properties = "workbench.test.context=api-sweep") // a database of its own: the sweep stores what it may
class ApiSweepTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();

    /** Values of every kind a field can be given wrongly (each a JSON literal). */
    static final List<String> BAD_VALUES = List.of("null", "\"\"", "{}", "[]", "[null]", "[{}]", "true", "-1", "0", "1e308",
            "-1e308", "1e-400", "123456789012345678901234567890", "2.5e15", "\"abc\"", "\"" + "x".repeat(100_000) + "\"",
            "\"\\u0000\\u0007\\u001b[31m\"", "\"NOT_A_KNOWN_VALUE\"", "\"nobody-" + "u".repeat(3000) + "\"", "\"0000-01-01\"",
            "\"9999-12-31\"", "\"2026-02-30\"", "{\"x\":null}", "[1,2,3]", "\"C00001\"", "1");

    /** The kinds of bad value tried one level in. */
    static final List<String> NESTED_BAD_VALUES = List.of("null", "\"\"", "{}", "[null]", "-1", "1e308", "123456789012345678901234567890",
            "\"" + "x".repeat(100_000) + "\"", "\"\\u0000\\u0007\"", "\"NOT_A_KNOWN_VALUE\"", "\"9999-12-31\"");

    /** Path keys of every kind: unknown, negative, huge, not a number, long, control characters. */
    static final List<String> BAD_KEYS = List.of("999999999", "-1", "99999999999999999999999", "abc", "x".repeat(3000), "%00%07",
            "C00001", "1");

    static final List<String> BAD_CONTENT_TYPES = List.of("application/json; charset=bogus", "%%%", "text/plain", "application/xml",
            "multipart/form-data", "application/json;;;", "application/x-www-form-urlencoded");

    @Test
    void every_operation_answers_every_kind_of_bad_input_below_500_and_in_the_error_shape() throws Exception {
        JsonNode doc = json.readTree(send("admin", "GET", "/v3/api-docs", null, null, null).body());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        Set<String> operations = new LinkedHashSet<>();
        long slowestMillis = -1;
        String slowest = null;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations.add(method + " " + path.getKey());
                for (Call call : calls(doc, path.getKey(), method, op.getValue())) {
                    for (String user : List.of("admin", "credit1", "account1", "finance1")) {
                        requests++;
                        long start = System.nanoTime();
                        HttpResponse<String> r = send(user, method, call.path, call.contentType, call.body, call.accept);
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        if (millis > slowestMillis) {
                            slowestMillis = millis;
                            slowest = method + " " + call.path.substring(0, Math.min(80, call.path.length())) + " [" + call.what + "]";
                        }
                        byStatus.merge(r.statusCode(), 1, Integer::sum);
                        String problem = problem(r);
                        if (problem != null) {
                            failures.add(method + " " + call.path.substring(0, Math.min(120, call.path.length())) + " as " + user + " ["
                                    + call.what + "]: " + problem);
                        }
                    }
                }
            }
        }
        System.out.printf("API sweep: %d operations, %d requests, %d failures; answers by status %s; slowest %d ms: %s%n", operations.size(),
                requests, failures.size(), byStatus, slowestMillis, slowest);
        assertThat(operations).as("the document describes the API").hasSizeGreaterThan(40);
        List<String> ids = new ArrayList<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(o -> ids.add(o.getValue().path("operationId").asString(""))));
        assertThat(ids).as("every operation named, once, not numbered").doesNotContain("").doesNotHaveDuplicates()
                .noneMatch(id -> id.matches(".*\\d+$") || id.contains("_")).contains("listCustomers", "getCustomer", "addAllianceRisk");
        assertThat(doc.get("paths").has("/api/**")).as("the catch-all is not an operation").isFalse();
        assertThat(failures).as(requests + " requests").isEmpty();
    }

    record Call(String what, String path, String contentType, String body, String accept) {
    }

    /** The requests for one operation: bad path keys, bad bodies field by field, broken content types and Accept. */
    List<Call> calls(JsonNode doc, String template, String method, JsonNode op) {
        List<Call> calls = new ArrayList<>();
        String path = fill(template, "C00001", "1");
        JsonNode content = op.path("requestBody").path("content");
        String type = content.properties().stream().map(Map.Entry::getKey).findFirst().orElse(null);
        if (template.contains("{")) {
            for (String key : BAD_KEYS) {
                if (method.equals("DELETE") && List.of("C00001", "1").contains(key)) {
                    continue; // the sweep changes nothing that exists
                }
                calls.add(new Call("key " + key.substring(0, Math.min(12, key.length())), fill(template, URLEncoder.encode(key,
                        StandardCharsets.UTF_8).replace("%2500", "%00").replace("%2507", "%07"), URLEncoder.encode(key, StandardCharsets.UTF_8)),
                        type == null ? null : "application/json", type == null ? null : "{}", null));
            }
        }
        // query parameters with bad values
        for (JsonNode p : op.path("parameters")) {
            if ("query".equals(p.path("in").asString(""))) {
                for (String v : List.of("abc", "-1", "99999999999999999999", "x".repeat(3000), "2026-02-30", "NOT_A_KNOWN_VALUE")) {
                    calls.add(new Call("query " + p.get("name").asString(), path + "?" + p.get("name").asString() + "="
                            + URLEncoder.encode(v, StandardCharsets.UTF_8), null, null, null));
                }
            }
        }
        if (type != null && type.contains("json")) {
            for (String body : List.of("", "null", "[]", "\"text\"", "42", "{", "{}", "{\"a\":", "[null]")) {
                calls.add(new Call("body " + body, path, "application/json", body, null));
            }
            JsonNode schema = resolve(doc, content.path(type).path("schema"));
            for (String field : fields(doc, schema)) {
                for (String bad : BAD_VALUES) {
                    calls.add(new Call(field + "=" + bad.substring(0, Math.min(20, bad.length())), path, "application/json",
                            "{\"" + field + "\":" + bad + "}", null));
                }
                calls.add(new Call(field + " nested", path, "application/json", "{\"" + field + "\":[{\"x\":" + "[".repeat(2000)
                        + "]".repeat(2000) + "}]}", null));
            }
            // on a plausible body (every field given a value of its type): each field in turn given each bad value, so that a
            // check behind the first ones is reached too
            ObjectNodeSample base = new ObjectNodeSample(doc);
            Map<String, Object> sample = base.object(schema, 0);
            for (String field : sample.keySet()) {
                for (String bad : NESTED_BAD_VALUES) {
                    calls.add(new Call("sample " + field + "=" + bad.substring(0, Math.min(20, bad.length())), path, "application/json",
                            base.write(sample, field, null, bad), null));
                }
                if (sample.get(field) instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?> item) {
                    for (Object sub : item.keySet()) {
                        for (String bad : NESTED_BAD_VALUES) {
                            calls.add(new Call("sample " + field + "[0]." + sub + "=" + bad.substring(0, Math.min(20, bad.length())), path,
                                    "application/json", base.write(sample, field, (String) sub, bad), null));
                        }
                    }
                }
            }
            // one level in: the fields of a list's items and of an object ({"issues":[{"weight":null}]}, {"scores":{"x":…}})
            for (Map.Entry<String, JsonNode> prop : schema.path("properties").properties()) {
                JsonNode item = prop.getValue().path("type").asString("").equals("array") ? resolve(doc, prop.getValue().path("items"))
                        : resolve(doc, prop.getValue());
                boolean list = prop.getValue().path("type").asString("").equals("array");
                for (String sub : fields(doc, item)) {
                    for (String bad : NESTED_BAD_VALUES) {
                        String inner = "{\"" + sub + "\":" + bad + "}";
                        calls.add(new Call(prop.getKey() + "." + sub + "=" + bad.substring(0, Math.min(20, bad.length())), path,
                                "application/json", "{\"" + prop.getKey() + "\":" + (list ? "[" + inner + "]" : inner) + "}", null));
                    }
                }
            }
            for (String ct : BAD_CONTENT_TYPES) {
                calls.add(new Call("content-type " + ct, path, ct, "{}", null));
            }
        } else if (type != null && type.contains("multipart")) {
            calls.add(new Call("multipart without boundary", path, "multipart/form-data", "x", null));
            calls.add(new Call("multipart broken", path, "multipart/form-data; boundary=zz", "--zz\r\nbroken", null));
            String name = "f".repeat(5000) + ".xlsx";
            calls.add(new Call("multipart long file name", path, "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data;"
                    + " name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\nnot a workbook\r\n--zz--\r\n", null));
            calls.add(new Call("content-type json", path, "application/json", "{}", null));
            calls.add(new Call("content-type bogus", path, "application/json; charset=bogus", "{}", null));
        }
        if (method.equals("DELETE")) {
            return calls;
        }
        calls.add(new Call("accept xml", path, type == null ? null : "application/json", type == null ? null : "{}", "application/xml"));
        calls.add(new Call("accept bogus", path, type == null ? null : "application/json", type == null ? null : "{}", "%%%"));
        return calls;
    }

    static String fill(String template, String customerKey, String idKey) {
        return template.replaceAll("\\{idOrCode}", customerKey).replaceAll("\\{[^}]+}", idKey);
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** The schema's property names, and one level into objects and list items ("a.b" sent as {"a":{"b":…}} is not tried). */
    static List<String> fields(JsonNode doc, JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(e -> props.put(e.getKey(), e.getValue()));
        return List.copyOf(props.keySet());
    }

    HttpResponse<String> send(String user, String method, String path, String contentType, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What is wrong with an answer to bad input, or null. */
    String problem(HttpResponse<String> r) {
        int status = r.statusCode();
        if (status >= 500) {
            return status + " " + r.body().substring(0, Math.min(200, r.body().length()));
        }
        if (status >= 400) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.contains("json") || r.body().isBlank()) {
                return status + " without the JSON error shape (" + type + ", " + r.body().length() + " chars)";
            }
        }
        return null;
    }

    /** A plausible value of each schema type, and bodies with one value replaced by a bad JSON literal. */
    static final class ObjectNodeSample {
        private final JsonNode doc;

        ObjectNodeSample(JsonNode doc) {
            this.doc = doc;
        }

        Map<String, Object> object(JsonNode schema, int depth) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : resolve(doc, schema).path("properties").properties()) {
                out.put(p.getKey(), value(p.getValue(), depth + 1));
            }
            return out;
        }

        Object value(JsonNode schema, int depth) {
            JsonNode s = resolve(doc, schema);
            if (s.has("enum") && !s.get("enum").isEmpty()) {
                return s.get("enum").get(0).asString();
            }
            String type = s.path("type").asString("");
            String format = s.path("format").asString("");
            return switch (type) {
                case "string" -> switch (format) {
                    case "date" -> "2026-11-02";
                    case "date-time" -> "2026-11-02T09:00:00Z";
                    default -> "C00001";
                };
                case "integer" -> 1;
                case "number" -> 1.5;
                case "boolean" -> false;
                case "array" -> depth > 2 ? List.of() : List.of(value(s.path("items"), depth + 1));
                default -> depth > 2 ? Map.of() : object(s, depth);
            };
        }

        /** The sample as JSON with {@code field} (or its first item's {@code sub}) replaced by {@code bad}. */
        String write(Map<String, Object> sample, String field, String sub, String bad) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<String, Object> e : sample.entrySet()) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append('"').append(e.getKey()).append("\":");
                if (e.getKey().equals(field) && sub == null) {
                    b.append(bad);
                } else if (e.getKey().equals(field) && e.getValue() instanceof List<?> items && items.get(0) instanceof Map<?, ?> item) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    item.forEach((k, v) -> copy.put((String) k, v));
                    b.append('[').append(write(copy, sub, null, bad)).append(']');
                } else {
                    b.append(literal(e.getValue()));
                }
            }
            return b.append('}').toString();
        }

        private String literal(Object v) {
            if (v instanceof String t) {
                return "\"" + t + "\"";
            }
            if (v instanceof List<?> l) {
                return "[" + String.join(",", l.stream().map(this::literal).toList()) + "]";
            }
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, x) -> copy.put((String) k, x));
                return write(copy, null, null, null);
            }
            return String.valueOf(v);
        }
    }
}
