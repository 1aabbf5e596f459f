package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The register API's problem answers (RFC 9457): the status, and the offending field named in {@code errors}. */
class RegisterApiProblemsTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        /** Asserts a problem answer with {@code status} whose only error names {@code field}. */
        private void assertProblem(Answer answer, int status, String field) {
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
            assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
            assertThat(answer.body().path("status").asInt()).isEqualTo(status);
            assertThat(answer.body().path("title").asString()).isNotBlank();
            assertThat(answer.body().path("errors").size()).isEqualTo(1);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo(field);
            assertThat(answer.body().path("errors").path(0).path("message").asString()).isNotBlank();
            assertThat(answer.body().has("trace")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/api/v1/organizations/CSTO/members?date=2024-13-01",
                "/api/v1/organizations/CSTO/members?date=2023-02-29",
                "/api/v1/organizations/CSTO/members?date=yesterday",
                "/api/v1/organizations/CSTO/members?date=2024-1",
                "/api/v1/organizations/CSTO/members?date=24",
                "/api/v1/organizations/CSTO/members/KAZ?date=22.02.2024",
                "/api/v1/organizations/CSTO/states/KAZ/history?date=2024-00",
                "/api/v1/organizations/CSTO/timeline?date=2024-02-30",
                "/api/v1/organizations/CSTO/clauses?inForceOn=2024-13",
        })
        void aMalformedDateIsABadRequestNamingTheDateParameter(String request) {
            String field = request.contains("inForceOn") ? "inForceOn" : "date";

            assertProblem(get(request), 400, field);
        }

        @Test
        void aMalformedDateIsExplainedInTheMessage() {
            Answer noSuchDay = get("/api/v1/organizations/CSTO/members?date=2024-13-01");
            Answer otherForm = get("/api/v1/organizations/CSTO/members?date=1.1.2024");

            assertThat(noSuchDay.body().path("errors").path(0).path("message").asString()).contains("2024-13-01")
                    .contains("written as a date (YYYY-MM-DD) but is no day of the calendar");
            assertThat(otherForm.body().path("errors").path(0).path("message").asString()).contains("1.1.2024")
                    .contains("YYYY, YYYY-MM or YYYY-MM-DD");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/api/v1/organizations/CSTO/timeline?type=exploded",
                "/api/v1/organizations/CSTO/instruments?kind=law",
        })
        void anUnknownCodeInAFilterIsABadRequestNamingTheFilter(String request) {
            assertProblem(get(request), 400, request.substring(request.indexOf('?') + 1, request.indexOf('=')));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/api/v1/organizations/CSTO/members?recordedAt=2024-01-01",
                "/api/v1/organizations/CSTO/disagreements?recordedAt=now",
        })
        void aMalformedInstantIsABadRequestNamingRecordedAt(String request) {
            assertProblem(get(request), 400, "recordedAt");
        }

        /** Every register endpoint and page that takes {@code recordedAt}, each with an instant far outside any plausible range. */
        static java.util.stream.Stream<String> farInstants() {
            var paths = java.util.List.of("/api/v1/organizations", "/api/v1/organizations/CSTO", "/api/v1/organizations/CSTO/instruments",
                    "/api/v1/organizations/CSTO/clauses", "/api/v1/organizations/CSTO/members", "/api/v1/organizations/CSTO/members/KAZ",
                    "/api/v1/organizations/CSTO/states/KAZ/history", "/api/v1/organizations/CSTO/timeline",
                    "/api/v1/organizations/CSTO/exclusivity-conflicts", "/api/v1/organizations/CSTO/sources",
                    "/api/v1/organizations/CSTO/disagreements", "/api/v1/organizations/CSTO/dataset", "/api/v1/organizations/CSTO/states",
                    "/", "/organizations/CSTO", "/organizations/CSTO/members", "/organizations/CSTO/clauses", "/organizations/CSTO/states/KAZ",
                    "/organizations/CSTO/sources");
            return paths.stream().flatMap(path -> java.util.stream.Stream.of("%2B1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z")
                    .map(instant -> path + "?recordedAt=" + instant));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.MethodSource("farInstants")
        void anInstantFarOutsideThePlausibleRangeIsABadRequestNamingRecordedAtWithTheRange(String request) throws Exception {
            if (request.startsWith("/api/")) {
                assertProblem(get(request), 400, "recordedAt");
                assertThat(get(request).body().path("errors").path(0).path("message").asString()).contains("1900").contains("9999");
            } else {
                var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri(request)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as("%s", page.body()).isEqualTo(400);
            }
        }

        @Test
        void theEdgesOfThePlausibleRangeAreAnswered() {
            assertThat(get("/api/v1/organizations/CSTO/members?recordedAt=9999-12-31T23:59:59Z").status()).isEqualTo(200);
            assertThat(get("/api/v1/organizations?recordedAt=1900-01-01T00:00:00Z").status()).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/api/v1/organizations/NOSUCHORG",
                "/api/v1/organizations/NOSUCHORG/members?date=2024-01-01",
                "/api/v1/organizations/NOSUCHORG/members/KAZ",
                "/api/v1/organizations/NOSUCHORG/clauses",
                "/api/v1/organizations/NOSUCHORG/timeline",
                "/api/v1/organizations/NOSUCHORG/disagreements",
                "/api/v1/organizations/NOSUCHORG/sources",
                "/api/v1/organizations/NOSUCHORG/exclusivity-conflicts",
                "/api/v1/organizations/NOSUCHORG/dataset",
                "/api/v1/organizations/NOSUCHORG/states",
        })
        void anUnknownOrganizationIsNotFound(String request) {
            assertProblem(get(request), 404, "organization");
        }

        /** Every module finds the organization its address names in one way (Register.organizationNamed): the same problems, its parameter named. */
        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/organizations/NOSUCHORG/requests", "/api/v1/organizations/NOSUCHORG/pools"})
        void anUnknownOrganizationIsNotFoundInEveryModuleAsInTheRegister(String request) {
            Answer answer = get(request);
            assertProblem(answer, 404, "organization");
            assertThat(answer.body().path("detail").asString()).startsWith("no organization 'NOSUCHORG' in the register at ");
            Answer malformed = get(request.replace("NOSUCHORG", "nosuchorg"));
            assertProblem(malformed, 400, "organization");
            assertThat(malformed.body().path("detail").asString()).contains("is not an organization code (2 to 16 capital letters");
        }

        @Test
        void anOrganizationNotYetRegisteredAtTheInstantAskedIsNotFound() {
            assertProblem(get("/api/v1/organizations/CSTO/members?date=2024-01-01&recordedAt=2000-01-01T00:00:00Z"), 404, "organization");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/api/v1/organizations/CSTO/members/XYZ?date=2024-01-01",
                "/api/v1/organizations/CSTO/members/kaz",
                "/api/v1/organizations/CSTO/states/SUN/history",
                "/api/v1/states/XYZ",
                "/api/v1/states/KZ",
                "/api/v1/organizations/CSTO/timeline?state=XYZ",
        })
        void anUnknownStateCodeIsNotFoundNamingTheState(String request) {
            assertProblem(get(request), 404, "state");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "/api/v1/organizations/CSTO/timeline?size=0",
                "/api/v1/organizations/CSTO/timeline?size=501",
                "/api/v1/organizations/CSTO/timeline?size=-5",
                "/api/v1/organizations/CSTO/sources?size=100000",
                "/api/v1/organizations?size=0",
                "/api/v1/states?size=many",
        })
        void aBadPageSizeIsABadRequestNamingSize(String request) {
            assertProblem(get(request), 400, "size");
        }

        @Test
        void aNegativePageIsABadRequestNamingPage() {
            assertProblem(get("/api/v1/organizations/CSTO/timeline?page=-1"), 400, "page");
        }

        @Test
        void theLargestPageSizeIsAccepted() {
            Answer answer = get("/api/v1/organizations/CSTO/timeline?size=500");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().path("size").asInt()).isEqualTo(500);
        }

        @Test
        void anAddressNoRowOfTheAccessTableNamesIsNotFoundWhoeverAsksWithAProblemAnswer() {
            Answer anonymous = get("/api/v1/no/such/thing");
            Answer signedIn = getAs(tokenFor("test-reader"), "/api/v1/no/such/thing");

            assertThat(anonymous.status()).as("not a sign-in asked for: nothing is there").isEqualTo(404);
            assertThat(anonymous.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(anonymous.headers().getFirst("WWW-Authenticate")).isNull();
            assertThat(signedIn.status()).as("not forbidden: nothing is there").isEqualTo(404);
            assertThat(signedIn.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }

        @Test
        void exportingUnderAMalformedOrganizationCodeNamesTheOrganization() {
            assertProblem(get("/api/v1/organizations/csto/dataset"), 400, "organization");
        }

        @Test
        void aKnownStateIsFoundWithItsNames() {
            Answer answer = get("/api/v1/states/KAZ");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().path("names").path("ru").asString()).isEqualTo("Казахстан");
        }
    }
}
