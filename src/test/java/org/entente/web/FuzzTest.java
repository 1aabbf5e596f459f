package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fuzzer driven by the served OpenAPI description: every operation, as an anonymous caller and as
 * each role of an organization of its own (so the built-in record is not touched), gets hostile values
 * in its path, its query and its body: wrong types, huge strings, control characters and lone
 * surrogates, extreme numbers and instants, broken and deeply nested JSON, wrong content types and
 * Accept headers. It fails on any 5xx, and on any error under {@code /api/} whose body is not an RFC
 * 9457 problem or that the description does not list for the operation (400, 401, 403, 404, 409, 422).
 * Seeded ({@code -Dentente.fuzz.seed}), so a failure reproduces; a few thousand requests here ({@code -Dentente.fuzz.requests}); {@code FuzzBenchmark} sends 20,000.
 */
class FuzzTest extends DatabaseTest {

    private static final String ORGANIZATION = "TESTFUZZ";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings a careless or hostile client sends: empty, huge, control characters, a lone surrogate, markup, traversal. */
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "a".repeat(70_000), "\u0000", "nul\u0000inside", "\ud800", "\udfff lone",
            "\u001b[31m", "\u0085", "<script>alert(1)</script>", "../../etc/passwd", "%00", "%2F", "' or 1=1 --", "null", "true", "-1", "0",
            "1e309", "NaN", "9223372036854775808", "+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "2024-02-30", "9999999-01-01",
            "\uFEFFBOM", "ü€😀", "a\nb", "KAZ", "CSTO", ORGANIZATION);

    private static final List<Object> HOSTILE_NUMBERS = List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
            1e308, -1e308, 0.5, new java.math.BigInteger("123456789012345678901234567890"), 2147483648L);

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json", "application/*",
            "text/plain", "application/xml", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "", "*/*",
            "application/x-www-form-urlencoded");

    private static final List<String> ACCEPTS = List.of("application/json", "application/json", "*/*", "application/xml", "text/html",
            "application/problem+json", "text/event-stream", "");

    /** The errors the description lists for each operation that can answer them (a wrong Accept or Content-Type aside). */
    private static final java.util.Set<Integer> DOCUMENTED_ERRORS = java.util.Set.of(400, 401, 403, 404, 409, 422);

    /** Status classes counted over the whole run, e.g. {@code 4xx -> 2811}. */
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void noHostileRequestGetsA5xxOrAnErrorThatIsNotAProblem() {
        fuzz(Integer.getInteger("entente.fuzz.requests", 3_000));
    }

    protected final void fuzz(int requests) {
        long seed = Long.getLong("entente.fuzz.seed", 20_261_204L);
        if (get("/api/v1/organizations/" + ORGANIZATION).status() == 404) {
            imported(smallDataset(ORGANIZATION));
        }
        var callers = new ArrayList<String>();
        callers.add(null);
        callers.add(tokenFor("fuzz-secretariat", "secretariat@" + ORGANIZATION));
        callers.add(tokenFor("fuzz-liaison", "liaison@" + ORGANIZATION + "/FIN"));
        callers.add(tokenFor("fuzz-council", "council_representative@" + ORGANIZATION + "/FIN"));
        callers.add(tokenFor("fuzz-observer", "observer@" + ORGANIZATION));

        JsonNode description = get("/v3/api-docs").body();
        var operations = new ArrayList<Operation>();
        for (var path : description.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                if (operation.path("responses").path("200").path("content").has("text/event-stream")) {
                    continue; // a stream stays open by design; its errors are those of the job view
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), operation));
            }
        }
        assertThat(operations).as("operations in the OpenAPI description").hasSizeGreaterThan(30);

        Random random = new Random(seed);
        int port = uri("/").getPort();
        for (int n = 0; n < requests; n++) {
            Operation operation = operations.get(n % operations.size());
            String caller = callers.get(random.nextInt(callers.size()));
            send(port, operation, caller, random, description, seed, n);
        }
        System.err.printf("FuzzTest: %d requests over %d operations (seed %d): %s%n", requests, operations.size(), seed, counts);
        assertThat(failures).as("failures of %d hostile requests (seed %d)", requests, seed).isEmpty();
    }

    private record Operation(String method, String path, JsonNode spec) {
    }

    private void send(int port, Operation operation, String caller, Random random, JsonNode description, long seed, int n) {
        String target = target(operation, random);
        var headers = new ArrayList<String>();
        if (caller != null) {
            headers.add("Authorization: Bearer " + caller);
        }
        String accept = pick(ACCEPTS, random);
        if (!accept.isEmpty()) {
            headers.add("Accept: " + accept);
        }
        String body = null;
        if (operation.spec().has("requestBody") || random.nextInt(10) == 0) {
            body = body(operation, description, random);
            String contentType = pick(CONTENT_TYPES, random);
            if (!contentType.isEmpty()) {
                headers.add("Content-Type: " + contentType);
            }
        }
        RawHttp.Response answer;
        try {
            answer = RawHttp.send(port, operation.method(), target, headers, body);
        } catch (RuntimeException broken) {
            failures.add("#" + n + " " + operation.method() + " " + target + ": no answer (" + broken + ")");
            return;
        }
        counts.merge(answer.status() / 100 + "xx", 1, Integer::sum);
        String request = "#" + n + " (seed " + seed + ") " + operation.method() + " " + abbreviated(target) + " accept=" + accept + " headers="
                + headers.stream().filter(h -> !h.startsWith("Authorization")).toList() + " body=" + abbreviated(body);
        if (answer.status() >= 500) {
            failures.add(request + " -> " + answer.status() + " " + abbreviated(answer.body()));
        } else if (answer.status() >= 400 && target.startsWith("/api/")) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(request + " -> " + answer.status() + " with Content-Type " + type);
            } else {
                JsonNode problem = json().readTree(answer.body());
                if (problem.path("status").asInt() != answer.status() || !problem.path("title").isString()) {
                    failures.add(request + " -> " + answer.status() + " problem without status or title: " + abbreviated(answer.body()));
                }
                String path = target.split("\\?", 2)[0];
                boolean emptyVariable = path.endsWith("/") || path.contains("//"); // then the request is for no operation of the description
                if (DOCUMENTED_ERRORS.contains(answer.status()) && !emptyVariable
                        && !operation.spec().path("responses").has(String.valueOf(answer.status()))) {
                    failures.add(request + " -> " + answer.status() + ", which the description does not list for " + operation.method() + " "
                            + operation.path() + ": " + abbreviated(answer.body()));
                }
            }
        }
    }

    /** The path with its variables filled (a plausible value or a hostile one, percent-encoded), and a query. */
    private static String target(Operation operation, Random random) {
        String path = operation.path();
        var query = new StringBuilder();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            if (in.equals("path")) {
                String value = name.equals("organization") && random.nextInt(4) != 0 ? ORGANIZATION : text(random, parameter.path("schema"));
                path = path.replace("{" + name + "}", value.isEmpty() ? "" : encoded(value, random));
            } else if (in.equals("query") && random.nextInt(3) != 0) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encoded(text(random, parameter.path("schema")), random));
            }
        }
        if (random.nextInt(12) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(encoded(pick(HOSTILE_TEXT, random), random));
        }
        return path + query;
    }

    /** A value for a parameter: mostly of the kind its schema names, or hostile text. */
    private static String text(Random random, JsonNode schema) {
        if (random.nextInt(3) == 0) {
            return pick(HOSTILE_TEXT, random);
        }
        return switch (type(schema)) {
            case "integer", "number" -> String.valueOf(pick(HOSTILE_NUMBERS, random));
            case "boolean" -> random.nextBoolean() ? "true" : "maybe";
            default -> switch (schema.path("format").asString()) {
                case "date" -> random.nextBoolean() ? "2022-01-06" : "+999999999-12-31";
                case "date-time" -> random.nextBoolean() ? "2022-01-06T10:00:00Z" : pick(HOSTILE_TEXT, random);
                default -> pick(HOSTILE_TEXT, random);
            };
        };
    }

    /** Percent-encoded as UTF-8, or now and then sent with its encoding of control bytes left raw-ish (a lone surrogate as its CESU bytes). */
    private static String encoded(String value, Random random) {
        if (value.contains("\ud800") || value.contains("\udfff")) {
            return value.replace("\ud800", "%ED%A0%80").replace("\udfff", "%ED%BF%BF").replace(" ", "%20");
        }
        if (value.startsWith("%") && random.nextBoolean()) {
            return value; // already an escape: %00, %2F
        }
        String encoded = URLEncoder.encode(value.length() > 9_000 ? value.substring(0, 9_000) : value, StandardCharsets.UTF_8);
        return encoded.replace("+", "%20");
    }

    /** A body: the schema's shape with hostile values, or something that is not the shape at all. */
    private String body(Operation operation, JsonNode description, Random random) {
        JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
        return switch (random.nextInt(8)) {
            case 0 -> pick(List.of("", "null", "[]", "{", "{\"a\":", "\"text\"", "12", "{\"a\":1,\"a\":2}", "\u0000", "[" + "{".repeat(3)), random);
            case 1 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 2 -> "{\"x\":" + "{\"x\":".repeat(2_000) + "1" + "}".repeat(2_001);
            default -> json().writeValueAsString(value(schema, description, random, 0));
        };
    }

    /** A value for {@code schema} in which each field is now and then replaced by a hostile one. */
    private static JsonNode value(JsonNode schema, JsonNode description, Random random, int depth) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            schema = description.path("components").path("schemas").path(name);
        }
        if (schema.has("anyOf")) {
            return value(schema.path("anyOf").get(0), description, random, depth);
        }
        if (depth > 6 || random.nextInt(6) == 0) {
            return hostile(random);
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").properties().iterator(); fields.hasNext(); ) {
                    var field = fields.next();
                    if (random.nextInt(8) != 0) {
                        object.set(field.getKey(), value(field.getValue(), description, random, depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(10) == 0 ? 2_000 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(size > 100 ? NODES.nullNode() : value(schema.path("items"), description, random, depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> number(random);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(random, schema));
        };
    }

    /** A schema's type: its one type, or the first of its types other than null (a member that may be absent). */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asString().equals("null")) {
                    return one.asString();
                }
            }
        }
        return type.isString() ? type.asString() : "";
    }

    private static JsonNode number(Random random) {
        Object number = pick(HOSTILE_NUMBERS, random);
        return switch (number) {
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case java.math.BigInteger big -> NODES.numberNode(big);
            default -> NODES.numberNode(0);
        };
    }

    /** A value of any kind, mostly of the wrong one. */
    private static JsonNode hostile(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode(pick(HOSTILE_TEXT, random));
            case 2 -> number(random);
            case 3 -> NODES.arrayNode().add(NODES.nullNode()).add(NODES.stringNode("\u0000"));
            case 4 -> NODES.objectNode().put("unexpected", "\ud800");
            default -> NODES.booleanNode(true);
        };
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "none";
        }
        String shown = text.replace("\u0000", "\\0");
        return shown.length() > 300 ? shown.substring(0, 300) + "... (" + text.length() + " chars)" : shown;
    }
}
