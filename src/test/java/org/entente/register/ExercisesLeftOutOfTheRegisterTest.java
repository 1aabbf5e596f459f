package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.entente.support.DatabaseTest;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organization registered as an exercise is left out of every answer across organizations: the list of organizations
 * (API and home page), search across organizations, the alert subscription form, and the exclusivity conflicts of the real
 * organizations; it stays
 * readable by its own code. The exercise here is a military alliance whose members (KAZ, UZB) are CSTO members while the
 * CSTO's exclusivity clause is in force: were it a real organization, the CSTO would show two conflicts with it.
 */
class ExercisesLeftOutOfTheRegisterTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String EXERCISE = "EXREG-ALLY";
        private static final String NAME = "Registry test alliance, an exercise";

        @Autowired
        private Exercises exercises;

        @Autowired
        private WebApplicationContext context;

        @Autowired
        private JdbcClient jdbc;

        @BeforeEach
        void anAllianceRegisteredAsAnExerciseOfTheCsto() {
            if (exercises.isExercise(OrganizationCode.of(EXERCISE))) {
                return;
            }
            // The registry first, then the record: no answer ever sees the organization before it is marked.
            exercises.add(Exercise.start(OrganizationCode.of(EXERCISE), OrganizationCode.of("CSTO"), "Registry test", Instant.now(), "test"));
            ObjectNode alliance = dataset("alliance.json");
            ((ObjectNode) alliance.get("organization")).put("code", EXERCISE).put("name", NAME);
            imported(alliance);
        }

        @Test
        void theRegistryAnswersWhichOrganizationIsAnExerciseAndOfWhich() {
            assertThat(exercises.isExercise(OrganizationCode.of(EXERCISE))).isTrue();
            assertThat(exercises.isExercise(OrganizationCode.of("CSTO"))).isFalse();
            assertThat(exercises.of(OrganizationCode.of(EXERCISE))).hasValueSatisfying(exercise -> {
                assertThat(exercise.of()).isEqualTo(OrganizationCode.of("CSTO"));
                assertThat(exercise.title()).isEqualTo("Registry test");
                assertThat(exercise.state()).isEqualTo(ExerciseState.RUNNING);
            });
            assertThat(exercises.exercisesOf(OrganizationCode.of("CSTO"))).extracting(Exercise::code).contains(OrganizationCode.of(EXERCISE));
            assertThat(exercises.exercisesOf(OrganizationCode.of("NATO"))).extracting(Exercise::code).doesNotContain(OrganizationCode.of(EXERCISE));
        }

        @Test
        void theListOfOrganizationsLeavesItOutWhileItsOwnAddressAnswers() {
            Answer list = get("/api/v1/organizations?size=100");

            assertThat(list.status()).isEqualTo(200);
            List<String> codes = StreamSupport.stream(list.body().path("items").spliterator(), false).map(org -> org.path("code").asString()).toList();
            assertThat(codes).contains("CSTO", "NATO").doesNotContain(EXERCISE);
            assertThat(get("/api/v1/organizations/" + EXERCISE).status()).isEqualTo(200);
        }

        @Test
        void theHomePageLeavesItOut() throws Exception {
            String home = page("/?lang=en");

            assertThat(home).contains("/organizations/CSTO").doesNotContain(EXERCISE).doesNotContain(NAME);
        }

        @Test
        void theAlertSubscriptionFormDoesNotOfferIt() throws Exception {
            var reader = SignedInPages.signIn(context, jdbc, "exreg-subscriber", "observer@CSTO");

            String form = reader.get("/account/alerts?lang=en").getContentAsString(StandardCharsets.UTF_8);

            assertThat(form).contains("value=\"CSTO\"").doesNotContain("value=\"" + EXERCISE + "\"");
        }

        @Test
        void searchAcrossOrganizationsFindsNothingOfIt() {
            for (String query : List.of(EXERCISE, NAME, "UZB", "Test Alliance Treaty")) {
                Answer answer = get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body().path("hits").valueStream().map(hit -> hit.path("organization").asString()))
                        .as("hits for %s", query).doesNotContain(EXERCISE);
            }
            assertThat(get("/api/v1/search?q=UZB").body().path("hits").valueStream().map(hit -> hit.path("organization").asString()))
                    .as("the real organizations are still searched").contains("CSTO");
        }

        @Test
        void theCstosExclusivityConflictsNeverInvolveIt() {
            Answer answer = get("/api/v1/organizations/CSTO/exclusivity-conflicts?size=100");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().path("items").valueStream().map(conflict -> conflict.path("otherAlliance").asString())).doesNotContain(EXERCISE);
        }

        private String page(String path) throws Exception {
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                return response.body();
            }
        }
    }
}
