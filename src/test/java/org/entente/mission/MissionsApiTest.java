package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.entente.dataset.RequestFixtures;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.MissionEventsHeard;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Missions through the API alone: the Kazakhstan 2022 mission of the built-in record answers who went, how many, who
 * commanded, for how long and on what basis, as it stands and as it was known on a day; and a mission's whole cycle,
 * from a decision to deploy and its accepted package to the last contingent home, each step audited and published.
 */
class MissionsApiTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String MISSIONS = "/api/v1/organizations/CSTO/missions";
        private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

        @Autowired
        private MissionEventsHeard events;

        @Test
        void theFirstMissionWithTroopsDeployedIsKazakhstan2022WithFiveContributorsAndNoMemberLeftOut() {
            JsonNode first = get(MISSIONS + "?everDeployed=true").body().path("items").path(0);

            assertThat(first.path("id").asString()).isEqualTo("MIS-KAZ-2022");
            assertThat(first.path("deployed").path("from").asString()).isEqualTo("2022-01-06");
            assertThat(first.path("deployed").path("until").asString()).isEqualTo("2022-01-19");
            assertThat(first.path("daysDeployed").asInt()).isEqualTo(13);
            JsonNode mission = get(MISSIONS + "/MIS-KAZ-2022").body();
            assertThat(strings(mission.path("contributors"))).containsExactly("ARM", "BLR", "KGZ", "RUS", "TJK");
            assertThat(strings(mission.path("membersNotContributing"))).isEmpty();
            assertThat(mission.path("forcePool").asString()).isEqualTo("CPF");
            assertThat(mission.path("legalBasis").path("clause").asString()).isEqualTo("CST-ART4");
            assertThat(mission.path("legalBasis").path("article").asString()).contains("4");
            assertThat(mission.path("commander").path("name").asString()).contains("Serdyukov");
            assertThat(mission.path("commander").path("rank").asString()).isEqualTo("Colonel General");
            String secretariat = tokenFor("mission-secretariat", "secretariat@CSTO");
            assertThat(postAs(secretariat, MISSIONS + "/MIS-KAZ-2022/status", json().writeValueAsBytes(Map.of("status", "terminated", "reason", "x"))).status())
                    .as("a mission recorded from the dataset changes by import, not by commands").isEqualTo(409);
        }

        @Test
        void eachContingentsSizeIsItsPreferredClaimWithTheOthersBesideItAndTheTotalIsTheForcesOwnNeverASum() {
            JsonNode mission = get(MISSIONS + "/MIS-KAZ-2022").body();
            JsonNode armenia = contingent(mission, "ARM");
            JsonNode belarus = contingent(mission, "BLR");

            assertThat(armenia.path("strength").path("preferred").path("value").asInt()).isEqualTo(100);
            assertThat(armenia.path("strength").path("others").path(0).path("value").asInt()).isEqualTo(70);
            assertThat(belarus.path("strength").path("preferred").path("value").isNull()).isTrue();
            assertThat(belarus.path("strength").path("preferred").path("words").asString()).isEqualTo("not published");
            assertThat(belarus.path("strength").path("others").path(0).path("words").asString()).isEqualTo("about 500");
            assertThat(mission.path("strength").path("preferred").path("value").asInt()).isEqualTo(2030);
            assertThat(mission.path("strength").path("least").asInt()).isEqualTo(2030);
            assertThat(mission.path("strength").path("most").asInt()).isEqualTo(2500);
            assertThat(get(MISSIONS + "/MIS-KAZ-2022/contingents/KGZ").body().path("equipment").path(0).path("count").asInt()).isEqualTo(19);
            // What only the article names, by name and without a count, each marked as the one source's word.
            assertThat(mission.path("equipmentClaims").findValuesAsString("name"))
                    .containsExactly("BMD-4", "Tigr (Tiger)", "BTR-82A", "satellite communication stations", "Leer-3");
            assertThat(mission.path("equipmentClaims").findValues("singleSource")).allMatch(JsonNode::asBoolean);
            assertThat(mission.path("equipmentClaims").findValues("count")).allMatch(JsonNode::isNull);
            assertThat(mission.path("sites").findValuesAsString("id")).as("the mission answers its sites itself").contains("ALA-AIRPORT");
            assertThat(mission.path("sites").path(0).path("history").size()).isPositive();
            assertThat(mission.path("sitesReported").path("value").asInt()).as("the sources' count, beside the sites named").isEqualTo(14);
        }

        @Test
        void theRecordAsKnownOn8JanuaryDiffersFromItAsKnownOn20January() {
            JsonNode early = get(MISSIONS + "/MIS-KAZ-2022?at=2022-01-08").body();
            JsonNode late = get(MISSIONS + "/MIS-KAZ-2022?at=2022-01-20").body();

            assertThat(early.path("status").asString()).isEqualTo("deploying");
            assertThat(late.path("status").asString()).isEqualTo("withdrawn");
            assertThat(early.path("strength").path("preferred").path("value").asInt()).isEqualTo(2500);
            assertThat(late.path("strength").path("preferred").path("value").asInt()).isEqualTo(2030);
            assertThat(early.path("commander").isNull()).isTrue();
            assertThat(early.path("clock").path("daysDeployed").asInt()).isEqualTo(2);
            assertThat(early.path("equipmentClaims").size()).as("the article is of 10 January").isZero();
            assertThat(late.path("equipmentClaims").size()).isEqualTo(5);
            JsonNode earlyFigures = get(MISSIONS + "/MIS-KAZ-2022/figures?at=2022-01-08").body();
            JsonNode lateFigures = get(MISSIONS + "/MIS-KAZ-2022/figures?at=2022-01-20").body();
            assertThat(headline(earlyFigures, "killed", "security_forces").path("figure").path("value").asInt()).isEqualTo(18);
            assertThat(headline(lateFigures, "killed", "security_forces").path("figure").path("value").asInt()).isEqualTo(19);
            assertThat(headline(lateFigures, "killed", "all").path("figure").path("value").asInt()).isEqualTo(225);
            assertThat(earlyFigures.path("missionLosses").size()).isZero();
            assertThat(lateFigures.path("missionLosses").path(0).path("figure").path("value").asInt()).isZero();
            assertThat(get(MISSIONS + "/MIS-KAZ-2022?at=2021-12-31").status()).isEqualTo(404);
            assertThat(get(MISSIONS + "/MIS-KAZ-2022?at=soon").status()).isEqualTo(400);
        }

        @Test
        void aMissionRunsFromItsAcceptedPackageToWithdrawalWithALateArrivalFlaggedAndEveryStepAuditedAndPublished() {
            String secretariat = tokenFor("mission-secretariat", "secretariat@CSTO");
            String request = CrisisSteps.decidedToDeploy(this, "mission", secretariat);
            String kazakhs = CrisisSteps.pledged(this, "mission", "KAZ", "Mission test: Kazakh engineers", "eng", 100);
            String tajiks = CrisisSteps.pledged(this, "mission", "TJK", "Mission test: Tajik engineers", "eng", 100);
            try {
                CrisisSteps.acceptedAPackage(this, secretariat, request);
                var created = postAs(secretariat, MISSIONS, json().writeValueAsBytes(Map.of("request", request, "name", "Mission test: border town",
                        "mandate", Map.of("text", "Support the host's engineers in the border town", "tasks", List.of("humanitarian_relief")),
                        "forcePool", "CRDF", "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"),
                        "sources", List.of())));
                assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
                String mission = created.body().path("id").asString();
                String path = MISSIONS + "/" + mission;
                assertThat(created.headers().getLocation().getPath()).isEqualTo(path);
                assertThat(created.body().path("legalBasis").path("grounds").path("kind").asString()).isEqualTo("package");
                assertThat(strings(created.body().path("contributors"))).containsExactly("KAZ", "TJK");
                assertThat(postAs(secretariat, MISSIONS, json().writeValueAsBytes(Map.of("request", request, "name", "twice", "mandate", Map.of("text", "x", "tasks", List.of("evacuation")),
                        "theatre", Map.of("area", "x", "lat", 40, "lon", 70, "timeZone", "UTC")))).status()).isEqualTo(409);

                // The order to move: each contingent is due its units' longest ETA after it; Kazakhstan's arrives.
                var deploying = postAs(secretariat, path + "/status", json().writeValueAsBytes(Map.of("status", "deploying",
                        "version", created.body().path("version").asInt())));
                assertThat(deploying.status()).as("%s", deploying.body()).isEqualTo(200);
                assertThat(Instant.parse(milestone(contingent(deploying.body(), "TJK"), "arrival").path("planned").asString())).isAfter(Instant.now());
                assertThat(postAs(tokenFor("mission-liaison-kaz", "liaison@CSTO/KAZ"), path + "/contingents/TJK/milestones",
                        json().writeValueAsBytes(Map.of("milestone", "departure", "at", Instant.now().toString()))).status())
                        .as("a liaison reports for their own state's contingent only").isEqualTo(403);
                var departed = postAs(tokenFor("mission-liaison-kaz", "liaison@CSTO/KAZ"), path + "/contingents/KAZ/milestones",
                        json().writeValueAsBytes(Map.of("milestone", "departure", "at", Instant.now().toString(), "sources", List.of())));
                assertThat(departed.status()).as("%s", departed.body()).isEqualTo(200);
                assertThat(milestone(contingent(departed.body(), "KAZ"), "departure").path("actual").asString()).isNotBlank();
                assertThat(postAs(tokenFor("mission-liaison-kaz", "liaison@CSTO/KAZ"), path + "/contingents/KAZ/milestones",
                        json().writeValueAsBytes(Map.of("milestone", "arrival", "at", Instant.now().plus(1, ChronoUnit.HOURS).toString()))).status())
                        .as("not ahead").isEqualTo(422);
                assertThat(postAs(tokenFor("mission-liaison-kaz", "liaison@CSTO/KAZ"), path + "/contingents/KAZ/milestones",
                        json().writeValueAsBytes(Map.of("milestone", "arrival", "at", "2030-01-01"))).status())
                        .as("not on a day ahead either").isEqualTo(422);

                // Two sources' figures: shown as a range with both behind it, never added together.
                figure(secretariat, path, "Ministry of Emergencies", 12, "official");
                var figures = figure(secretariat, path, "Red Crescent", 15, "independent");
                JsonNode killed = headline(figures, "killed", "civilians");
                assertThat(killed.path("low").path("value").asInt()).isEqualTo(12);
                assertThat(killed.path("high").path("value").asInt()).isEqualTo(15);
                assertThat(figures.path("figures").findValues("value")).extracting(JsonNode::asInt).doesNotContain(27);

                int version = get(path).body().path("version").asInt();
                assertThat(postAs(secretariat, path + "/status", json().writeValueAsBytes(Map.of("status", "drawing_down", "version", version - 1))).status())
                        .as("a stale version").isEqualTo(409);
                assertThat(postAs(secretariat, path + "/status", json().writeValueAsBytes(Map.of("status", "withdrawn"))).status())
                        .as("not from deploying").isEqualTo(409);
                for (String status : List.of("deployed", "drawing_down", "withdrawn")) {
                    assertThat(postAs(secretariat, path + "/status", json().writeValueAsBytes(Map.of("status", status))).status()).isEqualTo(200);
                }
                JsonNode withdrawn = get(path).body();
                assertThat(withdrawn.path("status").asString()).isEqualTo("withdrawn");
                assertThat(withdrawn.path("history").findValuesAsString("status")).containsExactly("planned", "deploying", "deployed", "drawing_down", "withdrawn");

                JsonNode audit = getAs(secretariat, "/api/v1/audit/entries?subject=mission:" + mission + "&size=50").body().path("items");
                assertThat(audit.findValuesAsString("action")).contains("mission.create", "mission.deploying", "mission.report", "mission.figure",
                        "mission.deployed", "mission.drawing_down", "mission.withdrawn");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events.of(mission)).extracting(event -> event.getClass().getSimpleName())
                        .containsSubsequence("MissionCreated", "MissionStatusChanged", "ContingentMilestoneReported", "CasualtyFigureReported",
                                "MissionDeployed", "MissionStatusChanged", "MissionWithdrawn"));
            } finally {
                // The shared built-in record keeps no pledge of this test: other tests plan with the CSTO's pledges.
                postAs(tokenFor("mission-liaison-kaz", "liaison@CSTO/KAZ"), "/api/v1/organizations/CSTO/pledges/" + kazakhs + "/withdrawal", new byte[0]);
                postAs(tokenFor("mission-liaison-tjk", "liaison@CSTO/TJK"), "/api/v1/organizations/CSTO/pledges/" + tajiks + "/withdrawal", new byte[0]);
            }
        }

        @Test
        void aContingentArrivingLaterThanPlannedIsFlaggedWithTheSizeOfTheSlipAndHeardOf() {
            ObjectNode document = RequestFixtures.withARequest(smallDataset("TESTM1"), json());
            imported(document);
            String secretariat = tokenFor("mission-secretariat-testm1", "secretariat@TESTM1");
            String missions = "/api/v1/organizations/TESTM1/missions";
            var created = postAs(secretariat, missions, json().writeValueAsBytes(Map.of("request", "EST-2019", "name", "Pact battalion in Estonia",
                    "mandate", Map.of("text", "Hold the border posts", "tasks", List.of("border_monitoring")),
                    "theatre", Map.of("area", "Narva", "lat", 59.38, "lon", 28.19, "timeZone", "Europe/Tallinn"), "sources", List.of("GAZETTE-2019"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            assertThat(created.body().path("legalBasis").path("grounds").path("kind").asString()).isEqualTo("without_force_generation");
            assertThat(created.body().path("history").path(0).path("on").asString()).as("planned on the decision").isEqualTo("2019-12");
            String path = missions + "/" + created.body().path("id").asString();

            var added = postAs(secretariat, path + "/contingents", json().writeValueAsBytes(Map.of("state", "FIN",
                    "units", List.of(Map.of("designation", "Pori Brigade company", "sources", List.of("GAZETTE-2019"))),
                    "equipment", List.of(Map.of("name", "Patria AMV", "count", 12)), "planned", Map.of("arrival", "2019-12-21T12:00:00Z"))));
            assertThat(added.status()).as("%s", added.body()).isEqualTo(201);
            assertThat(postAs(secretariat, path + "/status", json().writeValueAsBytes(Map.of("status", "deploying", "at", "2019-12-20T06:00:00Z"))).status())
                    .isEqualTo(200);
            var late = postAs(tokenFor("mission-liaison-fin", "liaison@TESTM1/FIN"), path + "/contingents/FIN/milestones",
                    json().writeValueAsBytes(Map.of("milestone", "arrival", "at", "2019-12-21T17:00:00Z", "sources", List.of("GAZETTE-2019"))));

            assertThat(late.status()).as("%s", late.body()).isEqualTo(200);
            JsonNode finland = contingent(late.body(), "FIN");
            assertThat(finland.path("late").asBoolean()).isTrue();
            assertThat(milestone(finland, "arrival").path("slipHours").asInt()).isEqualTo(5);
            assertThat(milestone(finland, "arrival").path("slipToTheDay").asBoolean()).isFalse();
            String mission = created.body().path("id").asString();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events.of(mission)).filteredOn(MissionEvent.ContingentArrived.class::isInstance)
                    .singleElement().satisfies(event -> assertThat(((MissionEvent.ContingentArrived) event).slipHours()).isEqualTo(5)));

            // A mission kept in Entente is the commands' alone: the organization's next import neither exports nor retires it.
            imported(document);
            assertThat(get(path).status()).isEqualTo(200);
            assertThat(exported("TESTM1", "").body().has("missions")).isFalse();
        }

        @Test
        void aSitrepCycleFilesByScopeKeepsEveryRevisionAndPutsItsChangesOnTheRecord() {
            imported(RequestFixtures.withARequest(smallDataset("TESTM2"), json()));
            String secretariat = tokenFor("mission-secretariat-testm2", "secretariat@TESTM2");
            String finnish = tokenFor("mission-liaison-fin-testm2", "liaison@TESTM2/FIN");
            String missions = "/api/v1/organizations/TESTM2/missions";
            var created = postAs(secretariat, missions, json().writeValueAsBytes(Map.of("request", "EST-2019", "name", "Pact battalion in Estonia",
                    "mandate", Map.of("text", "Hold the border posts", "tasks", List.of("border_monitoring")),
                    "theatre", Map.of("area", "Narva", "lat", 59.38, "lon", 28.19, "timeZone", "Europe/Tallinn"), "sources", List.of("GAZETTE-2019"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String mission = created.body().path("id").asString();
            String path = missions + "/" + mission;
            assertThat(postAs(secretariat, path + "/contingents", json().writeValueAsBytes(Map.of("state", "FIN",
                    "units", List.of(Map.of("designation", "Pori Brigade company", "sources", List.of("GAZETTE-2019"))),
                    "planned", Map.of("arrival", "2019-12-21T12:00:00Z")))).status()).isEqualTo(201);
            assertThat(postAs(secretariat, path + "/status", json().writeValueAsBytes(Map.of("status", "deploying", "at", "2019-12-20T06:00:00Z"))).status())
                    .isEqualTo(200);
            var site = postAs(secretariat, path + "/sites", json().writeValueAsBytes(Map.of("id", "NARVA-POST-1", "name", "Narva border post 1",
                    "lat", 59.37, "lon", 28.2, "task", "border_monitoring", "holder", "FIN", "sources", List.of("GAZETTE-2019"), "at", "2019-12-20T08:00:00Z")));
            assertThat(site.status()).as("%s", site.body()).isEqualTo(201);

            // Sitrep 1: the Finnish liaison on the Finnish contingent; the Estonian liaison may not file on it.
            Map<String, Object> onFinland = Map.of("scope", Map.of("kind", "contingent", "state", "FIN"), "from", "2019-12-20T06:00:00Z",
                    "until", "2019-12-21T18:00:00Z", "summary", "The company arrived in Narva.",
                    "changes", List.of(Map.of("kind", "milestone", "state", "FIN", "milestone", "arrival", "at", "2019-12-21T17:00:00Z")),
                    "incidents", List.of("A lorry of the column broke down near Rakvere; no one hurt"), "sources", List.of("GAZETTE-2019"));
            var refused = postAs(tokenFor("mission-liaison-est-testm2", "liaison@TESTM2/EST"), path + "/sitreps", json().writeValueAsBytes(onFinland));
            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(403);
            assertThat(refused.body().path("errors").findValuesAsString("field")).contains("scope");
            var first = postAs(finnish, path + "/sitreps", json().writeValueAsBytes(onFinland));
            assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
            assertThat(first.headers().getLocation().getPath()).isEqualTo(path + "/sitreps/1");
            assertThat(first.body().path("revisions").path(0).path("sitrep").path("scope").asString()).isEqualTo("FIN");

            // Sitrep 2: the secretariat on the whole mission, the post secured; then revised, the post secured later than first said.
            var second = postAs(secretariat, path + "/sitreps", json().writeValueAsBytes(Map.of("scope", Map.of("kind", "mission"),
                    "from", "2019-12-21T18:00:00Z", "until", "2019-12-22T06:00:00Z", "summary", "Border post 1 taken over.",
                    "changes", List.of(Map.of("kind", "site", "site", "NARVA-POST-1", "status", "secured", "at", "2019-12-22T03:00:00Z")))));
            assertThat(second.status()).as("%s", second.body()).isEqualTo(201);
            assertThat(second.body().path("number").asInt()).isEqualTo(2);
            String firstFiled = second.body().path("revisions").path(0).path("sitrep").path("filedAt").asString();
            var revised = postAs(secretariat, path + "/sitreps/2/revisions", json().writeValueAsBytes(Map.of(
                    "changes", List.of(Map.of("kind", "site", "site", "NARVA-POST-1", "status", "secured", "at", "2019-12-22T05:00:00Z")))));
            assertThat(revised.status()).as("%s", revised.body()).isEqualTo(201);
            assertThat(revised.body().path("revisions").findValuesAsString("summary")).containsExactly("Border post 1 taken over.", "Border post 1 taken over.");
            JsonNode changed = revised.body().path("revisions").path(1).path("changed");
            assertThat(changed.findValuesAsString("field")).containsExactly("changes");
            assertThat(strings(changed.path(0).path("removed"))).containsExactly("site NARVA-POST-1 secured at 2019-12-22T03:00:00Z");
            assertThat(strings(changed.path(0).path("added"))).containsExactly("site NARVA-POST-1 secured at 2019-12-22T05:00:00Z");
            assertThat(postAs(finnish, path + "/sitreps/2/revisions", json().writeValueAsBytes(Map.of("summary", "Not mine"))).status())
                    .as("a liaison does not revise the secretariat's sitrep").isEqualTo(403);

            var unruly = postAs(secretariat, path + "/sitreps", json().writeValueAsBytes(Map.of("number", 5, "scope", Map.of("kind", "mission"),
                    "from", "2019-12-22T06:00:00Z", "until", "2019-12-23T06:00:00Z", "asOf", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                    "summary", "Ahead of itself", "changes", List.of(Map.of("kind", "site", "site", "NARVA-POST-9", "status", "secured",
                            "at", "2019-12-22T07:00:00Z")))));
            assertThat(unruly.status()).as("%s", unruly.body()).isEqualTo(422);
            assertThat(unruly.body().path("errors").findValuesAsString("field")).as("every refusal listed").containsExactlyInAnyOrder("number", "asOf", "changes");

            JsonNode log = getAs(secretariat, path + "/sitreps").body();
            assertThat(log.path("sitreps").findValues("revisions")).extracting(JsonNode::asInt).containsExactly(1, 2);
            JsonNode before = getAs(secretariat, path + "/sitreps/2?at=" + firstFiled).body();
            assertThat(before.path("current").asInt()).as("as known before the revision").isEqualTo(1);
            assertThat(before.path("revisions").size()).isEqualTo(1);
            assertThat(getAs(secretariat, path + "/sitreps/2").body().path("current").asInt()).isEqualTo(2);
            assertThat(getAs(secretariat, path + "/sitreps/3").status()).isEqualTo(404);

            JsonNode post = get(path + "/sites").body().path("named").path(0);
            assertThat(post.path("status").asString()).isEqualTo("secured");
            assertThat(post.path("history").findValuesAsString("at")).containsExactly("2019-12-20T08:00:00Z", "2019-12-22T05:00:00Z");
            assertThat(get(path + "/sites?at=" + firstFiled).body().path("named").path(0).path("history").findValuesAsString("at"))
                    .containsExactly("2019-12-20T08:00:00Z", "2019-12-22T03:00:00Z");
            JsonNode finland = contingent(get(path).body(), "FIN");
            assertThat(milestone(finland, "arrival").path("actual").asString()).isEqualTo("2019-12-21T17:00:00Z");
            assertThat(finland.path("late").asBoolean()).isTrue();

            JsonNode audit = getAs(secretariat, "/api/v1/audit/entries?subject=mission:" + mission + "&size=50").body().path("items");
            assertThat(audit.findValuesAsString("action")).contains("mission.site", "mission.sitrep", "mission.sitrep.revision");
            // Events of one command come in no set order; those of this organization's mission, each heard once.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events.of(mission)).filteredOn(event -> event.organization().equals("TESTM2"))
                    .extracting(event -> event.getClass().getSimpleName())
                    .containsExactlyInAnyOrder("MissionCreated", "ContingentAdded", "MissionStatusChanged", "SiteStatusChanged", "SitrepFiled", "ContingentArrived",
                            "SitrepFiled", "SiteStatusChanged", "SitrepFiled", "SiteStatusChanged"));
        }

        @Test
        void aSitrepIsReadOnlyByThoseItsLatestRevisionsMarkingNames() {
            imported(RequestFixtures.withARequest(smallDataset("TESTM3"), json()));
            String secretariat = tokenFor("mission-secretariat-testm3", "secretariat@TESTM3");
            String finnish = tokenFor("mission-liaison-fin-testm3", "liaison@TESTM3/FIN");
            String estonian = tokenFor("mission-liaison-est-testm3", "liaison@TESTM3/EST");
            String missions = "/api/v1/organizations/TESTM3/missions";
            var created = postAs(secretariat, missions, json().writeValueAsBytes(Map.of("request", "EST-2019", "name", "Pact battalion in Estonia",
                    "mandate", Map.of("text", "Hold the border posts", "tasks", List.of("border_monitoring")),
                    "theatre", Map.of("area", "Narva", "lat", 59.38, "lon", 28.19, "timeZone", "Europe/Tallinn"), "sources", List.of("GAZETTE-2019"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String mission = created.body().path("id").asString();
            String path = missions + "/" + mission;
            assertThat(postAs(secretariat, path + "/contingents", json().writeValueAsBytes(Map.of("state", "FIN",
                    "units", List.of(Map.of("designation", "Pori Brigade company", "sources", List.of("GAZETTE-2019")))))).status()).isEqualTo(201);
            Map<String, Object> onFinland = Map.of("scope", Map.of("kind", "contingent", "state", "FIN"), "from", "2019-12-20T06:00:00Z",
                    "until", "2019-12-21T18:00:00Z", "summary", "The company is on the road to Narva.");

            // Filed without a marking: the contributors' (Finland's liaison, the secretariat), no one else's.
            var filed = postAs(finnish, path + "/sitreps", json().writeValueAsBytes(onFinland));
            assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
            assertThat(filed.body().path("revisions").path(0).path("sitrep").path("marking").asString()).isEqualTo("contributors");
            assertThat(getAs(secretariat, path + "/sitreps/1").status()).isEqualTo(200);
            assertThat(getAs(finnish, path + "/sitreps/1").status()).isEqualTo(200);
            assertThat(get(path + "/sitreps/1").status()).as("anyone").isEqualTo(404);
            assertThat(getAs(estonian, path + "/sitreps/1").status()).as("a member's liaison whose state sent no contingent").isEqualTo(404);
            assertThat(get(path + "/sitreps?at=2100-01-01").body().path("sitreps").size()).as("nor is it listed, as of any time").isZero();
            JsonNode unlisted = getAs(estonian, path + "/sitreps").body();
            assertThat(unlisted.path("sitreps").size()).isZero();
            assertThat(unlisted.path("nextNumber").asInt()).isEqualTo(2);
            assertThat(getAs(secretariat, path + "/sitreps").body().path("sitreps").findValuesAsString("marking")).containsExactly("contributors");

            // A liaison does not mark a sitrep for the council, which liaisons do not read; nor with a marking that is none.
            var unreadable = postAs(finnish, path + "/sitreps", json().writeValueAsBytes(with(onFinland, "marking", "council")));
            assertThat(unreadable.status()).as("%s", unreadable.body()).isEqualTo(422);
            assertThat(unreadable.body().path("errors").findValuesAsString("field")).containsExactly("marking");
            var unknown = postAs(finnish, path + "/sitreps", json().writeValueAsBytes(with(onFinland, "marking", "secret")));
            assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(400);
            assertThat(unknown.body().path("errors").findValuesAsString("field")).containsExactly("marking");

            // Released by a revision: every revision is read under the latest one's marking, and the change of marking is shown.
            var released = postAs(finnish, path + "/sitreps/1/revisions", json().writeValueAsBytes(Map.of("marking", "public")));
            assertThat(released.status()).as("%s", released.body()).isEqualTo(201);
            JsonNode history = get(path + "/sitreps/1").body();
            assertThat(history.path("revisions").findValuesAsString("marking")).containsExactly("contributors", "public");
            JsonNode changed = history.path("revisions").path(1).path("changed");
            assertThat(changed.findValuesAsString("field")).containsExactly("marking");
            assertThat(changed.path(0).path("before").asString()).isEqualTo("contributors");
            assertThat(changed.path(0).path("after").asString()).isEqualTo("public");
            assertThat(get(path + "/sitreps").body().path("sitreps").size()).isEqualTo(1);
            assertThat(get(path + "/sitreps/1?at=" + filed.body().path("revisions").path(0).path("sitrep").path("filedAt").asString()).status())
                    .as("as known before its release, it was not public").isEqualTo(404);

            // Restricted by a revision: no view of the past shows what it said while it was public.
            var open = postAs(finnish, path + "/sitreps", json().writeValueAsBytes(with(with(onFinland, "marking", "public"), "summary", "Open words")));
            assertThat(open.status()).as("%s", open.body()).isEqualTo(201);
            String openFiled = open.body().path("revisions").path(0).path("sitrep").path("filedAt").asString();
            assertThat(get(path + "/sitreps/2?at=" + openFiled).status()).as("public while it stood so").isEqualTo(200);
            assertThat(postAs(finnish, path + "/sitreps/2/revisions", json().writeValueAsBytes(Map.of("marking", "contributors"))).status()).isEqualTo(201);
            assertThat(get(path + "/sitreps/2?at=" + openFiled).status()).as("restricted since, in the past too").isEqualTo(404);
            assertThat(get(path + "/sitreps?at=" + openFiled).body().path("sitreps").findValuesAsString("summary")).doesNotContain("Open words");

            // A sitrep its reviser may not read is not there for them: a revision would copy what it does not give.
            String councillor = tokenFor("mission-liaison-and-rep-fin-testm3", "liaison@TESTM3/FIN", "council_representative@TESTM3/FIN");
            var forTheCouncil = postAs(councillor, path + "/sitreps", json().writeValueAsBytes(with(with(onFinland, "marking", "council"),
                    "summary", "For the council's eyes")));
            assertThat(forTheCouncil.status()).as("%s", forTheCouncil.body()).isEqualTo(201);
            var copied = postAs(finnish, path + "/sitreps/3/revisions", json().writeValueAsBytes(Map.of("marking", "contributors")));
            assertThat(copied.status()).as("%s", copied.body()).isEqualTo(404);
            assertThat(copied.body().toString()).doesNotContain("For the council's eyes");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events.of(mission))
                    .filteredOn(event -> event.organization().equals("TESTM3")).filteredOn(MissionEvent.SitrepFiled.class::isInstance).map(MissionEvent.SitrepFiled.class::cast)
                    .extracting(MissionEvent.SitrepFiled::marking).containsExactlyInAnyOrder("contributors", "public", "public", "contributors", "council"));
        }

        private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
            var copy = new java.util.LinkedHashMap<>(body);
            copy.put(field, value);
            return copy;
        }

        @Test
        void aFigureTheDatasetNoLongerGivesIsGoneFromEveryViewOfThePastToo() {
            ObjectNode document = dataset("mission-example.json");
            ((ObjectNode) document.get("organization")).put("code", "TESTM-REMOVED");
            imported(document);
            String figures = "/api/v1/organizations/TESTM-REMOVED/missions/" + document.path("missions").path(0).path("id").asString() + "/figures?at=2020-02-01";
            assertThat(get(figures).body().path("figures").findValuesAsString("id")).contains("EST-INJURED-1");

            ObjectNode corrected = document.deepCopy();
            ((tools.jackson.databind.node.ArrayNode) corrected.path("missions").path(0).path("figures")).remove(0);
            imported(corrected);

            assertThat(get(figures).body().path("figures").findValuesAsString("id")).doesNotContain("EST-INJURED-1");
        }

        @Test
        void aMissionIsCreatedOnlyOnARequestDecidedToDeployForcesAndOnlyByTheSecretariat() {
            String secretariat = tokenFor("mission-secretariat", "secretariat@CSTO");
            String filed = postAs(tokenFor("mission-liaison-kgz", "liaison@CSTO/KGZ"), REQUESTS, json().writeValueAsBytes(Map.of("state", "KGZ",
                    "threat", "extremism", "description", "Not yet decided"))).body().path("id").asString();
            try {
                byte[] body = json().writeValueAsBytes(Map.of("request", filed, "name", "Too early", "mandate", Map.of("text", "x", "tasks", List.of("evacuation")),
                        "theatre", Map.of("area", "x", "lat", 40, "lon", 70, "timeZone", "Asia/Bishkek")));

                assertThat(postAs(secretariat, MISSIONS, body).status()).isEqualTo(409);
                assertThat(postAs(tokenFor("mission-liaison-kgz", "liaison@CSTO/KGZ"), MISSIONS, body).status()).isEqualTo(403);
                var invalid = postAs(secretariat, MISSIONS, json().writeValueAsBytes(Map.of("request", filed, "name", "x",
                        "mandate", Map.of("text", "x", "tasks", List.of("evacuation")),
                        "theatre", Map.of("area", "x", "lat", 40, "lon", 70, "timeZone", "Mars/Olympus"))));
                assertThat(invalid.status()).isEqualTo(400);
                assertThat(invalid.body().path("errors").path(0).path("field").asString()).isEqualTo("theatre.timeZone");
            } finally {
                // An open request of Kyrgyzstan would keep other tests from filing one.
                postAs(tokenFor("mission-liaison-kgz", "liaison@CSTO/KGZ"), REQUESTS + "/" + filed + "/withdrawal", new byte[0]);
            }
        }

        private JsonNode figure(String secretariat, String path, String reporter, int value, String basis) {
            var answer = postAs(secretariat, path + "/figures", json().writeValueAsBytes(Map.of("category", "killed", "population", "civilians",
                    "value", value, "asOf", Instant.now().toString().substring(0, 10), "reportedBy", reporter, "basis", basis,
                    "sources", List.of("ART"))));
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
            return answer.body();
        }

        private static JsonNode contingent(JsonNode mission, String state) {
            for (JsonNode contingent : mission.path("contingents")) {
                if (contingent.path("state").asString().equals(state)) {
                    return contingent;
                }
            }
            throw new AssertionError("no contingent of " + state + " in " + mission);
        }

        private static JsonNode milestone(JsonNode contingent, String milestone) {
            for (JsonNode entry : contingent.path("timeline")) {
                if (entry.path("milestone").asString().equals(milestone)) {
                    return entry;
                }
            }
            throw new AssertionError("no " + milestone + " in " + contingent);
        }

        private static JsonNode headline(JsonNode figures, String category, String population) {
            for (JsonNode headline : figures.path("casualties")) {
                if (headline.path("category").asString().equals(category) && headline.path("population").asString().equals(population)) {
                    return headline;
                }
            }
            throw new AssertionError("no headline of " + category + " " + population + " in " + figures);
        }

        private static List<String> strings(JsonNode array) {
            var values = new java.util.ArrayList<String>();
            array.forEach(value -> values.add(value.asString()));
            return values;
        }
    }
}
