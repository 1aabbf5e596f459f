package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.DatabaseTest;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI description names the API, its version and how to use it, not springdoc's placeholder; and it is
 * true: every answer the operations give on the built-in CSTO record, errors included, is documented for its status
 * and valid against the schema documented for it (no member left undocumented), and every example in it is valid
 * against its own schema (networknt's JSON Schema 2020-12 validator, the dialect of OpenAPI 3.1).
 */
class OpenApiDescriptionTest extends DatabaseTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theDescriptionNamesTheApiItsVersionAndHowToAuthenticate() {
        JsonNode info = get("/v3/api-docs").body().path("info");

        assertThat(info.path("title").asString()).isEqualTo("Entente API");
        assertThat(info.path("version").asString()).as("the version of the paths, /api/v1").isEqualTo("v1");
        assertThat(info.path("description").asString()).contains("/api/v1/tokens/exchange").contains("RFC 9457");
    }

    @Test
    void codesAreDescribedAsTheLowerCaseStringsTheApiWritesNotJavaNamesOrRecords() {
        JsonNode schemas = get("/v3/api-docs").body().path("components").path("schemas");

        JsonNode origin = schemas.path("Summary").path("properties").path("origin");
        assertThat(origin.toString()).as("a Coded enum by its codes").contains("\"recorded\"", "\"filed\"").doesNotContain("RECORDED");
        assertThat(schemas.path("StateStandingView").toString()).doesNotContain("\"MEMBER\"");
        for (String code : List.of("StateCode", "OrganizationCode")) {
            JsonNode schema = schemas.path(code);
            assertThat(schema.path("type").toString()).as(code).contains("string");
            assertThat(schema.has("properties")).as("%s is a string, not {\"value\": ...}", code).isFalse();
            assertThat(schema.path("pattern").asString()).as(code).isNotEmpty();
            assertThat(schema.path("example").asString()).as(code).isNotEmpty();
        }
    }

    @Test
    void membersThatMayBeAbsentAreNullableExceptInTheDatasetDocumentWhichTakesNoNull() {
        JsonNode schemas = get("/v3/api-docs").body().path("components").path("schemas");

        assertThat(schemas.path("Summary").path("properties").path("clause").path("type").toString()).contains("null");
        assertThat(schemas.path("Summary").path("properties").path("decision").path("anyOf").toString()).contains("null");
        assertThat(schemas.path("RequestEntry").path("properties").path("clause").toString()).as("the format takes no null").doesNotContain("null");
        assertThat(schemas.path("DatasetDocument").path("properties").path("requests").toString()).doesNotContain("null");
    }

    @Test
    void everyOperationListsItsErrorsAsProblems() {
        JsonNode paths = get("/v3/api-docs").body().path("paths");
        var missing = new ArrayList<String>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode responses = method.getValue().path("responses");
                List<String> expected = new ArrayList<>(List.of("400", "401"));
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (method.getValue().has("requestBody")) {
                    expected.add("422");
                }
                for (String status : expected) {
                    if (!responses.path(status).path("content").has("application/problem+json")) {
                        missing.add(method.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyAnswerOnTheBuiltInCstoRecordIsValidAgainstTheSchemaDocumentedForItsStatus() {
        JsonNode description = get("/v3/api-docs").body();
        String secretariat = tokenFor("openapi-secretariat", "secretariat@CSTO");
        Map<String, String> values = Map.of("organization", "CSTO", "code", "CSTO", "state", "KAZ", "sequence", "1", "mission", "MIS-KAZ-2022",
                "site", "ALA-AIRPORT", "number", "1");
        var failures = new ArrayList<String>();
        int checked = 0;
        for (var path : description.path("paths").properties()) {
            JsonNode operation = path.getValue().path("get");
            if (operation.isMissingNode() || operation.path("responses").path("200").path("content").has("text/event-stream")) {
                continue;
            }
            for (String concrete : concrete(path.getKey(), values)) {
                for (String token : new String[] {null, secretariat}) {
                    Answer answer = token == null ? get(concrete) : getAs(token, concrete);
                    checked++;
                    failures.addAll(invalid(description, "GET " + path.getKey() + " as " + concrete + (token == null ? "" : " (secretariat)"),
                            operation, answer));
                }
            }
        }
        Answer notFound = get("/api/v1/organizations/NO-SUCH-ORG/requests");
        failures.addAll(invalid(description, "GET an unknown organization's requests",
                description.path("paths").path("/api/v1/organizations/{organization}/requests").path("get"), notFound));
        Answer badState = get("/api/v1/organizations/CSTO/requests?state=kaz");
        failures.addAll(invalid(description, "GET requests of a malformed state",
                description.path("paths").path("/api/v1/organizations/{organization}/requests").path("get"), badState));
        Answer everyRecord = get("/api/v1/organizations/CSTO/requests?record=all&size=100");
        failures.addAll(invalid(description, "GET requests of every record, the informal one marked",
                description.path("paths").path("/api/v1/organizations/{organization}/requests").path("get"), everyRecord));
        assertThat(everyRecord.body().path("items").findValuesAsString("record")).contains("formal", "informal");
        assertThat(description.path("paths").path("/api/v1/organizations/{organization}/requests").path("get").path("parameters")
                .findValuesAsString("name")).as("the record filter is documented").contains("record");

        JsonNode search = description.path("paths").path("/api/v1/search").path("get");
        Answer found = get("/api/v1/search?q=Kazakhstan");
        failures.addAll(invalid(description, "GET a search finding every kind of hit", search, found));
        assertThat(found.body().path("hits").findValuesAsString("kind")).contains("state", "request", "mission");
        failures.addAll(invalid(description, "GET a search too long", search, get("/api/v1/search?q=" + "k".repeat(201))));
        failures.addAll(invalid(description, "GET a search in an unknown organization", search, get("/api/v1/search?q=k&organization=NOPE1")));

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(badState.status()).isEqualTo(400);
        assertThat(checked).as("the GET operations, each with the CSTO's values").isGreaterThan(30);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyAnswerOfACrisisCycleOnTheCstoIsValidAgainstTheSchemaDocumentedForItsStatus() {
        JsonNode description = get("/v3/api-docs").body();
        JsonNode paths = description.path("paths");
        String requests = "/api/v1/organizations/CSTO/requests";
        String liaison = tokenFor("openapi-liaison-kaz", "liaison@CSTO/KAZ");
        String secretariat = tokenFor("openapi-cycle-secretariat", "secretariat@CSTO");
        var failures = new ArrayList<String>();

        Answer eligibility = getAs(liaison, requests + "/eligibility?state=KAZ&threat=terrorism");
        failures.addAll(invalid(description, "eligibility", paths.path(requests(paths, "/eligibility")).path("get"), eligibility));
        Answer filed = postAs(liaison, requests, json().writeValueAsBytes(Map.of("state", "KAZ", "threat", "terrorism",
                "description", "Test: the OpenAPI description's cycle", "sources", List.of("liaison's report"))));
        failures.addAll(invalid(description, "filing", paths.path(requests(paths, "")).path("post"), filed));
        Answer refused = postAs(liaison, requests, json().writeValueAsBytes(Map.of("state", "RUS", "threat", "terrorism", "description", "Test")));
        failures.addAll(invalid(description, "filing for another state", paths.path(requests(paths, "")).path("post"), refused));
        String id = filed.body().path("id").asString();
        Answer convened = postAs(secretariat, requests + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
        failures.addAll(invalid(description, "convening", paths.path(requests(paths, "/{id}/session")).path("post"), convened));
        for (JsonNode voter : convened.body().path("session").path("voters")) {
            String state = voter.asString();
            String representative = tokenFor("openapi-rep-" + state.toLowerCase(java.util.Locale.ROOT), "council_representative@CSTO/" + state);
            Answer voted = putAs(representative, requests + "/" + id + "/session/votes/" + state, json().valueToTree(Map.of("vote", "for")));
            failures.addAll(invalid(description, "voting", paths.path(requests(paths, "/{id}/session/votes/{state}")).path("put"), voted));
        }
        Answer decided = postAs(secretariat, requests + "/" + id + "/session/closure", new byte[0]);
        failures.addAll(invalid(description, "closing the session", paths.path(requests(paths, "/{id}/session/closure")).path("post"), decided));
        Answer again = postAs(secretariat, requests + "/" + id + "/session/closure", new byte[0]);
        failures.addAll(invalid(description, "closing it again", paths.path(requests(paths, "/{id}/session/closure")).path("post"), again));
        Answer listed = get(requests + "?size=100");
        failures.addAll(invalid(description, "the list", paths.path(requests(paths, "")).path("get"), listed));

        assertThat(List.of(eligibility.status(), filed.status(), refused.status(), convened.status(), decided.status(), again.status()))
                .containsExactly(200, 201, 403, 200, 200, 409);
        assertThat(paths.path(requests(paths, "")).path("post").path("responses").has("200")).as("a filing answers 201, not 200").isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void theForcePackageAnswersBeforeAcceptanceShortAndOutOfDateAreValidAgainstTheSchemaDocumentedForThem() {
        JsonNode description = get("/v3/api-docs").body();
        JsonNode paths = description.path("paths");
        String secretariat = tokenFor("openapi-fg-secretariat", "secretariat@CSTO");
        String id = org.entente.support.CrisisSteps.decidedToDeploy(this, "openapi-fg", secretariat);
        String base = "/api/v1/organizations/CSTO/requests/" + id + "/force-generation";
        JsonNode forcePackage = paths.path(requests(paths, "/{id}/force-generation/package")).path("get");
        JsonNode acceptance = paths.path(requests(paths, "/{id}/force-generation/jobs/{job}/acceptance")).path("post");
        var failures = new ArrayList<String>();

        Answer none = getAs(secretariat, base + "/package");
        failures.addAll(invalid(description, "no package yet", forcePackage, none));
        // A million on helicopters, which no other test pledges: the plan is short whatever it takes.
        putAs(secretariat, base + "/requirements", json().valueToTree(Map.of("theatreLat", 40.5, "theatreLon", 72.8, "lines",
                List.of(Map.of("id", "HELO1", "capability", "helo", "combat", false, "latestArrivalHours", 400, "personnel", 1_000_000, "minUnits", 1)))));
        org.entente.support.CrisisSteps.pledged(this, "openapi-fg", "KAZ", "OpenAPI: Kazakh helicopter squadron", "helo", 100);
        String job = postAs(secretariat, base + "/jobs", json().writeValueAsBytes(Map.of("budgetSeconds", 0.3))).body().path("id").asString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> getAs(secretariat, base + "/jobs/" + job).body().path("status").asString().equals("finished"));
        Answer refused = postAs(secretariat, base + "/jobs/" + job + "/acceptance", new byte[0]);
        failures.addAll(invalid(description, "accepting a short plan unconfirmed", acceptance, refused));
        Answer otherShortfall = postAs(secretariat, base + "/jobs/" + job + "/acceptance",
                json().writeValueAsBytes(Map.of("acceptShortfall", true, "confirmedShortfalls", "0".repeat(64))));
        failures.addAll(invalid(description, "accepting it short, confirming another shortfall", acceptance, otherShortfall));
        Answer accepted = postAs(secretariat, base + "/jobs/" + job + "/acceptance", json().writeValueAsBytes(Map.of("acceptShortfall", true)));
        failures.addAll(invalid(description, "accepting it short", acceptance, accepted));
        Answer current = getAs(secretariat, base + "/package");
        failures.addAll(invalid(description, "the package accepted short", forcePackage, current));
        putAs(secretariat, base + "/requirements", json().valueToTree(Map.of("theatreLat", 40.5, "theatreLon", 72.8, "lines",
                List.of(Map.of("id", "HELO2", "capability", "helo", "combat", false, "latestArrivalHours", 400, "personnel", 100, "minUnits", 1)))));
        Answer outOfDate = getAs(secretariat, base + "/package");
        failures.addAll(invalid(description, "the package out of date", forcePackage, outOfDate));

        assertThat(List.of(none.status(), refused.status(), otherShortfall.status(), accepted.status(), current.status(), outOfDate.status()))
                .containsExactly(200, 422, 409, 200, 200, 200);
        assertThat(description.path("components").path("schemas").path("Acceptance").path("properties").path("confirmedShortfalls")
                .path("description").asString()).as("the optional confirmation is documented").contains("acceptance.confirmation");
        assertThat(outOfDate.body().path("outOfDate").path("changes").findValuesAsString("kind")).as("%s", outOfDate.body())
                .containsExactly("added", "removed");
        assertThat(failures).isEmpty();
    }

    /**
     * The operations that answer something other than 200 say so, and not 200: exchanging a password answers 201 with the
     * token (validated against the description), revoking it 204, asking a token to make a token always 403, starting a
     * force-generation job 202 (ForceGenerationApiTest shows it).
     */
    @Test
    void operationsThatDoNotAnswer200AreDescribedWithWhatTheyAnswer() {
        JsonNode description = get("/v3/api-docs").body();
        JsonNode paths = description.path("paths");
        TestAccounts.localAccount(jdbc, "openapi-exchange", "openapi-exchange password");
        var failures = new ArrayList<String>();

        Answer exchanged = post("/api/v1/tokens/exchange", json().valueToTree(Map.of("username", "openapi-exchange",
                "password", "openapi-exchange password", "name", "the description's test")));
        failures.addAll(invalid(description, "exchanging a password", paths.path("/api/v1/tokens/exchange").path("post"), exchanged));
        String token = exchanged.body().path("secret").asString();
        Answer refused = postAs(token, "/api/v1/me/tokens", new byte[0]);
        failures.addAll(invalid(description, "a token making a token", paths.path("/api/v1/me/tokens").path("post"), refused));
        int revoked = deleteAs(token, "/api/v1/me/tokens/" + exchanged.body().path("id").asString());

        assertThat(List.of(exchanged.status(), refused.status(), revoked)).containsExactly(201, 403, 204);
        assertThat(failures).isEmpty();
        JsonNode jobs = paths.path(requests(paths, "/{id}/force-generation/jobs")).path("post").path("responses");
        assertThat(jobs.path("202").path("content").toString()).as("starting a job answers 202 with the job").contains("/JobView\"");
        assertThat(Map.of("start a job", jobs, "exchange", paths.path("/api/v1/tokens/exchange").path("post").path("responses"),
                "revoke", paths.path("/api/v1/me/tokens/{id}").path("delete").path("responses"),
                "make a token", paths.path("/api/v1/me/tokens").path("post").path("responses")))
                .allSatisfy((operation, responses) -> assertThat(responses.has("200")).as("%s does not answer 200", operation).isFalse());
        assertThat(paths.path("/api/v1/me/tokens/{id}").path("delete").path("responses").has("204")).isTrue();
    }

    /** The path of the description under which the requests' operation {@code rest} is, whatever its organization parameter is called. */
    private static String requests(JsonNode paths, String rest) {
        for (var path : paths.properties()) {
            if (path.getKey().replaceFirst("^/api/v1/organizations/\\{[a-zA-Z]+}/", "/api/v1/organizations/{o}/")
                    .equals("/api/v1/organizations/{o}/requests" + rest)) {
                return path.getKey();
            }
        }
        throw new AssertionError("no operation /api/v1/organizations/{...}/requests" + rest);
    }

    @Test
    void everyExampleIsValidAgainstItsOwnSchema() {
        JsonNode description = get("/v3/api-docs").body();
        var failures = new ArrayList<String>();
        int examples = 0;
        for (var schema : description.path("components").path("schemas").properties()) {
            var pointers = new ArrayList<String>();
            examplesUnder(schema.getValue(), "/components/schemas/" + schema.getKey(), pointers);
            for (String pointer : pointers) {
                examples++;
                JsonNode example = description.at(pointer).path("example");
                failures.addAll(validate(description, "#" + pointer, example).stream().map(error -> pointer + ": " + error).toList());
            }
        }
        assertThat(examples).as("the codes and dates at least").isGreaterThanOrEqualTo(3);
        assertThat(failures).isEmpty();
    }

    /** The path with its parameters filled in, once per id the CSTO's lists give for an {@code {id}}; none where a value is unknown. */
    private List<String> concrete(String template, Map<String, String> values) {
        String filled = template;
        Matcher parameters = PARAMETER.matcher(template);
        while (parameters.find()) {
            String name = parameters.group(1);
            String value = values.get(name);
            if (name.equals("id") && template.startsWith("/api/v1/organizations/{") && template.contains("/requests/{id}")) {
                value = "KAZ-2022";
            } else if (name.equals("id") && template.contains("/pools/{id}")) {
                value = "CRRF";
            }
            if (value == null) {
                return List.of();
            }
            filled = filled.replace("{" + name + "}", value);
        }
        return List.of(filled);
    }

    private List<String> invalid(JsonNode description, String call, JsonNode operation, Answer answer) {
        JsonNode response = operation.path("responses").path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            return List.of(call + ": " + answer.status() + " is not documented: " + answer.body());
        }
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return List.of();
        }
        JsonNode schema = content.path(answer.status() >= 400 ? "application/problem+json" : "application/json").path("schema");
        if (schema.isMissingNode()) {
            schema = content.properties().iterator().next().getValue().path("schema");
        }
        ObjectNode root = closed(description);
        root.putObject("$defs").set("answer", schema);
        return validate(root, "#/$defs/answer", answer.body()).stream().map(error -> call + " (" + answer.status() + "): " + error).toList();
    }

    /** The description with every documented object closed to undocumented members (a problem excepted, which has extensions). */
    private static ObjectNode closed(JsonNode description) {
        ObjectNode root = (ObjectNode) description.deepCopy();
        for (var schema : root.path("components").path("schemas").properties()) {
            if (schema.getValue().has("properties") && !schema.getValue().has("additionalProperties") && !schema.getKey().equals("ProblemDetail")) {
                ((ObjectNode) schema.getValue()).put("additionalProperties", false);
            }
        }
        return root;
    }

    private static List<String> validate(JsonNode description, String reference, JsonNode instance) {
        ObjectNode root = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.set("components", description.path("components"));
        if (description.has("$defs")) {
            root.set("$defs", description.path("$defs"));
        }
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", reference);
        Schema schema = SCHEMAS.getSchema(root);
        return schema.validate(instance).stream().map(error -> error.getInstanceLocation() + " " + error.getMessage()).toList();
    }

    private static void examplesUnder(JsonNode schema, String pointer, List<String> pointers) {
        if (schema.has("example")) {
            pointers.add(pointer);
        }
        for (var property : schema.path("properties").properties()) {
            examplesUnder(property.getValue(), pointer + "/properties/" + property.getKey(), pointers);
        }
    }
}
