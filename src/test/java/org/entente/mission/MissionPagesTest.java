package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.entente.support.SignedInPages;
import org.entente.support.TestPledges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * The missions' pages over HTTP, as a browser asks for them: the list and its filters (the API's), a mission's page as it
 * stands and as known on a day, and what an address that names no mission answers. The built-in CSTO record is shared with
 * other tests, which add missions of their own: each check is on the Kazakhstan mission alone.
 */
class MissionPagesTest extends DatabaseTest {

    private static final List<String> BROWSER = List.of("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language: en");
    private static final String LIST = "/organizations/CSTO/missions";
    private static final String KAZAKHSTAN_ROW = "id=\"mission-MIS-KAZ-2022\"";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    private RawHttp.Response page(String target) {
        return RawHttp.send(uri("/").getPort(), "GET", target, BROWSER, null);
    }

    private String listed(String query) {
        RawHttp.Response answer = page(LIST + query);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void theListShowsKazakhstan2022WithItsContributorsItsPreferredStrengthAndItsDaysDeployed() {
        String list = listed("?lang=en");
        String row = list.substring(list.indexOf(KAZAKHSTAN_ROW), list.indexOf("</tr>", list.indexOf(KAZAKHSTAN_ROW)));

        assertThat(row).contains("CSTO Collective Peacekeeping Forces operation in Kazakhstan").contains("ARM, BLR, KGZ, RUS, TJK")
                .contains("about 2,030").contains("2022-01-06 – 2022-01-19").contains(">13<").contains("withdrawn");
        assertThat(list).contains("id=\"tab-missions\"");
    }

    @Test
    void theListFiltersByStatusHostContributorAndWhetherTroopsWereEverDeployed() {
        assertThat(listed("?status=withdrawn")).contains(KAZAKHSTAN_ROW);
        assertThat(listed("?status=deployed")).doesNotContain(KAZAKHSTAN_ROW);
        assertThat(listed("?host=KAZ")).contains(KAZAKHSTAN_ROW);
        assertThat(listed("?host=KGZ")).doesNotContain(KAZAKHSTAN_ROW);
        assertThat(listed("?contributor=ARM")).contains(KAZAKHSTAN_ROW);
        assertThat(listed("?contributor=UZB")).doesNotContain(KAZAKHSTAN_ROW);
        assertThat(listed("?everDeployed=true")).contains(KAZAKHSTAN_ROW);
        assertThat(listed("?everDeployed=false")).doesNotContain(KAZAKHSTAN_ROW);
        assertThat(listed("?status=&host=&contributor=&everDeployed=")).as("an empty filter is no filter").contains(KAZAKHSTAN_ROW);
        assertThat(page(LIST + "?everDeployed=perhaps").status()).isEqualTo(400);
        assertThat(page(LIST + "?status=lost").status()).isEqualTo(400);
    }

    @Test
    void theListAsKnownOn8JanuaryShowsTheMissionDeployingAtItsAnnouncedSize() {
        String list = listed("?at=2022-01-08&lang=en");
        String row = list.substring(list.indexOf(KAZAKHSTAN_ROW), list.indexOf("</tr>", list.indexOf(KAZAKHSTAN_ROW)));

        assertThat(list).contains("id=\"as-known\"").contains("As known at 2022-01-08");
        assertThat(row).contains("deploying").contains("2,500").contains("2022-01-06 – ongoing");
        assertThat(listed("?status=withdrawn&at=2022-01-08")).doesNotContain(KAZAKHSTAN_ROW);
    }

    @Test
    void aMissionNobodyRecordedIsNotFoundAndSoIsOneBeforeAnythingOfItWasKnown() {
        RawHttp.Response unknown = page(LIST + "/MIS-NOWHERE-1999");
        RawHttp.Response tooEarly = page(LIST + "/MIS-KAZ-2022?at=2021-12-31");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("text/html");
        assertThat(tooEarly.status()).isEqualTo(404);
        assertThat(page(LIST + "/MIS-KAZ-2022?at=soon").status()).isEqualTo(400);
        assertThat(page("/organizations/NOWHERE/missions").status()).isEqualTo(404);
    }

    @Test
    void theMissionPageAnswersWithEveryPartOfTheRecord() {
        RawHttp.Response answer = page(LIST + "/MIS-KAZ-2022?lang=en");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"legal-basis\"", "id=\"gantt\"", "id=\"mission-map\"", "id=\"casualties\"", "id=\"mission-losses\"",
                "Natural Earth", "DIS-KAZ-LEGAL-BASIS");
    }

    @Test
    void theHomeBasesOfPackageUnitsAreDrawnForTheOrganizationsRoleHoldersOnlyAsPledgesAreRead() throws Exception {
        String secretariat = tokenFor("mission-pages-secretariat", "secretariat@CSTO");
        String kazakhs = pledge("KAZ", "Mission pages test: Kazakh engineers");
        String tajiks = pledge("TJK", "Mission pages test: Tajik engineers");
        try {
            String request = decidedToDeploy(secretariat);
            acceptAPackage(secretariat, request);
            var created = postAs(secretariat, "/api/v1/organizations/CSTO/missions", json().writeValueAsBytes(Map.of("request", request,
                    "name", "Mission pages test: border town", "mandate", Map.of("text", "Support the host's engineers", "tasks", List.of("humanitarian_relief")),
                    "forcePool", "CRDF", "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String mission = LIST + "/" + created.body().path("id").asString() + "?lang=en";

            String publicPage = page(mission).body();
            String observersPage = SignedInPages.signIn(context, jdbc, "mission-pages-observer", "observer@CSTO").get(mission)
                    .getContentAsString(StandardCharsets.UTF_8);

            assertThat(publicPage).contains("id=\"map-bases-note\"").contains("shown to the organization&#39;s role holders only")
                    .doesNotContain("class=\"base\"").doesNotContain("class=\"route\"");
            assertThat(observersPage).contains("class=\"base\"").contains("class=\"route\"").contains("data-lat=\"42.87\"")
                    .doesNotContain("role holders only");
        } finally {
            // The shared built-in record keeps no pledge of this test: other tests plan with the CSTO's pledges.
            postAs(tokenFor("mission-pages-liaison-kaz", "liaison@CSTO/KAZ"), "/api/v1/organizations/CSTO/pledges/" + kazakhs + "/withdrawal", new byte[0]);
            postAs(tokenFor("mission-pages-liaison-tjk", "liaison@CSTO/TJK"), "/api/v1/organizations/CSTO/pledges/" + tajiks + "/withdrawal", new byte[0]);
        }
    }

    // The three steps below are those of MissionsApiTest's mission cycle, with this test's own accounts.

    /** A request of Kyrgyzstan filed and decided by the council to deploy forces; its id. */
    private String decidedToDeploy(String secretariat) {
        String requests = "/api/v1/organizations/CSTO/requests";
        String filed = postAs(tokenFor("mission-pages-liaison-kgz", "liaison@CSTO/KGZ"), requests, json().writeValueAsBytes(Map.of("state", "KGZ",
                "threat", "extremism", "description", "Armed extremists hold a border town"))).body().path("id").asString();
        String request = requests + "/" + filed;
        postAs(secretariat, request + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
        for (String state : List.of("BLR", "KAZ", "KGZ", "RUS", "TJK")) {
            putAs(tokenFor("mission-pages-rep-" + state.toLowerCase(), "council_representative@CSTO/" + state), request + "/session/votes/" + state,
                    json().valueToTree(Map.of("vote", "for")));
        }
        postAs(secretariat, request + "/session/closure", new byte[0]);
        return filed;
    }

    /** Two engineering units wanted, planned and the plan accepted as the request's force package. */
    private void acceptAPackage(String secretariat, String request) {
        String base = "/api/v1/organizations/CSTO/requests/" + request + "/force-generation";
        var requirements = Map.of("theatreLat", 40.06, "theatreLon", 70.82, "lines", List.of(
                Map.of("id", "ENG1", "capability", "eng", "combat", false, "latestArrivalHours", 400, "personnel", 200, "minUnits", 2)));
        assertThat(putAs(secretariat, base + "/requirements", json().valueToTree(requirements)).status()).isEqualTo(200);
        String job = postAs(secretariat, base + "/jobs", json().writeValueAsBytes(Map.of("budgetSeconds", 0.3))).body().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> getAs(secretariat, base + "/jobs/" + job).body().path("status").asString().equals("finished"));
        var accepted = postAs(secretariat, base + "/jobs/" + job + "/acceptance", new byte[0]);
        assertThat(accepted.status()).as("%s", accepted.body()).isLessThan(300);
    }

    /** A unit of {@code state} pledged by its liaison, based in Bishkek; its id. */
    private String pledge(String state, String designation) {
        Map<String, Object> unit = TestPledges.body(state, designation, "eng", 100);
        unit.put("equipment", List.of());
        unit.put("noticeToMoveHours", 12);
        unit.put("homeBase", Map.of("lat", 42.87, "lon", 74.59));
        var answer = postAs(tokenFor("mission-pages-liaison-" + state.toLowerCase(), "liaison@CSTO/" + state), "/api/v1/organizations/CSTO/pledges",
                json().writeValueAsBytes(unit));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer.body().path("id").asString();
    }
}
