package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.entente.support.SignedInPages;
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
                .contains("about 2,030").contains("Jan 6, 2022 – Jan 19, 2022").contains(">13<").contains("withdrawn");
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
        assertThat(row).contains("deploying").contains("2,500").contains("Jan 6, 2022 – ongoing");
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
        String kazakhs = CrisisSteps.pledged(this, "mission-pages", "KAZ", "Mission pages test: Kazakh engineers", "eng", 100);
        String tajiks = CrisisSteps.pledged(this, "mission-pages", "TJK", "Mission pages test: Tajik engineers", "eng", 100);
        try {
            String request = CrisisSteps.decidedToDeploy(this, "mission-pages", secretariat);
            CrisisSteps.acceptedAPackage(this, secretariat, request);
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
}
