package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every answer inside an exercise is marked as the exercise's (the {@code Entente-Exercise} header on every answer, the
 * {@code exercise} member of JSON objects and problems, the banner on pages), and the same answers of the real organization
 * are not.
 */
class ExerciseMarkingTest extends DatabaseTest {

    private static String exercise;
    private static final String TITLE = "Marking drill " + System.nanoTime();

    @BeforeEach
    void anExerciseOfTheCsto() {
        if (exercise == null) {
            String secretariat = tokenFor("exercise-marker", "secretariat@CSTO");
            Answer created = postAs(secretariat, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", TITLE)));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            exercise = created.body().path("code").asString();
        }
    }

    private void assertMarked(Answer answer) {
        assertThat(answer.headers().getFirst("Entente-Exercise")).isEqualTo(exercise);
    }

    private void assertMarkedObject(JsonNode body) {
        assertThat(body.path("exercise").path("code").asString()).as("%s", body).isEqualTo(exercise);
        assertThat(body.path("exercise").path("of").asString()).isEqualTo("CSTO");
        assertThat(body.path("exercise").path("title").asString()).isEqualTo(TITLE);
    }

    @Test
    void anObjectAnswerInsideAnExerciseCarriesTheHeaderAndTheExerciseAndTheRealOnesCarriesNeither() {
        Answer inside = get("/api/v1/organizations/" + exercise);
        Answer real = get("/api/v1/organizations/CSTO");

        assertThat(inside.status()).isEqualTo(200);
        assertMarked(inside);
        assertMarkedObject(inside.body());
        assertThat(inside.body().path("code").asString()).isEqualTo(exercise);
        assertThat(real.status()).isEqualTo(200);
        assertThat(real.headers().containsHeader("Entente-Exercise")).isFalse();
        assertThat(real.body().has("exercise")).isFalse();
    }

    @Test
    void aListAnswerInsideAnExerciseCarriesTheExerciseAtItsTopLevel() {
        Answer inside = get("/api/v1/organizations/" + exercise + "/recorded-exercises");
        Answer real = get("/api/v1/organizations/CSTO/recorded-exercises");

        assertMarked(inside);
        assertMarkedObject(inside.body());
        assertThat(inside.body().path("items").size()).isEqualTo(real.body().path("items").size());
        assertThat(real.body().has("exercise")).isFalse();
    }

    @Test
    void anArrayAnswerInsideAnExerciseCarriesTheHeaderOnlyAndItsItemsAreUnchanged() {
        Answer inside = get("/api/v1/organizations/" + exercise + "/missions/MIS-KAZ-2022/contingents");
        Answer real = get("/api/v1/organizations/CSTO/missions/MIS-KAZ-2022/contingents");

        assertThat(inside.status()).as("%s", inside.body()).isEqualTo(200);
        assertThat(inside.body().isArray()).isTrue();
        assertMarked(inside);
        assertThat(inside.body()).isEqualTo(real.body());
        assertThat(real.headers().containsHeader("Entente-Exercise")).isFalse();
    }

    @Test
    void aProblemInsideAnExerciseCarriesTheExerciseWhicheverLayerAnswersIt() {
        Answer notFound = get("/api/v1/organizations/" + exercise + "/requests/NO-SUCH-REQUEST");
        Answer unauthorized = postAs(null, "/api/v1/organizations/" + exercise + "/requests", "{}".getBytes());
        Answer realNotFound = get("/api/v1/organizations/CSTO/requests/NO-SUCH-REQUEST");

        assertThat(notFound.status()).isEqualTo(404);
        assertMarked(notFound);
        assertMarkedObject(notFound.body());
        assertThat(unauthorized.status()).isEqualTo(401);
        assertMarked(unauthorized);
        assertMarkedObject(unauthorized.body());
        assertThat(realNotFound.status()).isEqualTo(404);
        assertThat(realNotFound.headers().containsHeader("Entente-Exercise")).isFalse();
        assertThat(realNotFound.body().has("exercise")).isFalse();
    }

    @Test
    void theDatasetExportOfAnExerciseCarriesTheHeaderOnlySinceItsDocumentIsTheDatasetFormats() {
        Answer inside = exported(exercise, "");

        assertMarked(inside);
        assertThat(inside.body().has("exercise")).isFalse();
        assertThat(inside.body().path("organization").path("code").asString()).isEqualTo(exercise);
    }

    @Test
    void theOpenApiDescriptionSaysWhichAnswersMayCarryTheHeaderAndTheMember() {
        JsonNode description = get("/v3/api-docs").body();
        JsonNode organization = description.path("paths").path("/api/v1/organizations/{organization}").path("get").path("responses").path("200");
        JsonNode contingents = description.path("paths").path("/api/v1/organizations/{organization}/missions/{mission}/contingents").path("get")
                .path("responses");
        String answered = organization.path("content").properties().iterator().next().getValue().path("schema").path("$ref").asString();

        assertThat(description.path("components").path("headers").has("Entente-Exercise")).isTrue();
        assertThat(organization.path("headers").path("Entente-Exercise").path("$ref").asString()).isEqualTo("#/components/headers/Entente-Exercise");
        assertThat(contingents.path("200").path("headers").has("Entente-Exercise")).isTrue();
        assertThat(contingents.path("404").path("headers").has("Entente-Exercise")).isTrue();
        assertThat(description.path("components").path("schemas").path(answered.substring(answered.lastIndexOf('/') + 1)).path("properties")
                .has("exercise")).as(answered).isTrue();
        assertThat(description.path("components").path("schemas").path("ProblemDetail").path("properties").has("exercise")).isTrue();
        assertThat(description.path("components").path("schemas").path("DatasetDocument").path("properties").has("exercise")).isFalse();
        assertThat(description.path("components").path("schemas").path("ExerciseMarking").path("required").values().stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("code", "of", "title");
        assertThat(description.path("paths").path("/api/v1/organizations").path("get").path("responses").path("200").has("headers")).isFalse();
    }

    @Test
    void theAuditTrailFilteredToAnExerciseIsMarkedAndFilteredToTheRealOneIsNot() {
        String auditor = tokenFor("exercise-marking-auditor", "secretariat@CSTO");
        Answer inside = getAs(auditor, "/api/v1/audit/entries?organization=" + exercise);
        Answer real = getAs(auditor, "/api/v1/audit/entries?organization=CSTO");

        assertThat(inside.status()).as("%s", inside.body()).isEqualTo(200);
        assertMarked(inside);
        assertMarkedObject(inside.body());
        assertThat(real.headers().containsHeader("Entente-Exercise")).isFalse();
        assertThat(real.body().has("exercise")).isFalse();
    }

    @Test
    void aCsvDownloadInsideAnExerciseCarriesTheHeader() throws Exception {
        HttpResponse<String> inside = fetch("/organizations/" + exercise + "/members.csv", "text/csv");
        HttpResponse<String> real = fetch("/organizations/CSTO/members.csv", "text/csv");

        assertThat(inside.statusCode()).isEqualTo(200);
        assertThat(inside.headers().firstValue("Entente-Exercise")).hasValue(exercise);
        assertThat(inside.body()).startsWith("organization,").contains("\n" + exercise + ",");
        assertThat(inside.body().lines().count()).isEqualTo(real.body().lines().count());
        assertThat(real.headers().firstValue("Entente-Exercise")).isEmpty();
    }

    @Test
    void aPageInsideAnExerciseHasTheBannerInTheReadersLanguageAndTheRealOnesHasNone() throws Exception {
        HttpResponse<String> inside = fetch("/organizations/" + exercise + "/requests?lang=en", "text/html");
        HttpResponse<String> russian = fetch("/organizations/" + exercise + "/requests?lang=ru", "text/html");
        HttpResponse<String> real = fetch("/organizations/CSTO/requests?lang=en", "text/html");

        assertThat(inside.statusCode()).isEqualTo(200);
        assertThat(inside.body()).contains("id=\"exercise-banner\"", TITLE, "Nothing here counts in the real record",
                "href=\"/organizations/CSTO\"");
        assertThat(russian.body()).contains("id=\"exercise-banner\"", TITLE, "Ничто здесь не учитывается в настоящем реестре");
        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(real.body()).doesNotContain("exercise-banner");
    }

    @Test
    void theErrorPageInsideAnExerciseHasTheBanner() throws Exception {
        HttpResponse<String> inside = fetch("/organizations/" + exercise + "/requests/NO-SUCH-REQUEST?lang=en", "text/html");
        HttpResponse<String> real = fetch("/organizations/CSTO/requests/NO-SUCH-REQUEST?lang=en", "text/html");

        assertThat(inside.statusCode()).isEqualTo(404);
        assertThat(inside.headers().firstValue("Entente-Exercise")).hasValue(exercise);
        assertThat(inside.body()).contains("id=\"exercise-banner\"", TITLE);
        assertThat(real.statusCode()).isEqualTo(404);
        assertThat(real.body()).doesNotContain("exercise-banner");
    }

    private HttpResponse<String> fetch(String pathAndQuery, String accept) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
