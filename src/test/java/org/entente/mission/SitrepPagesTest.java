package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sitrep pages over HTTP, as a browser asks for them and posts their form: a liaison files on their own contingent
 * and the mission's list shows it, with the sites and the sources' count of them; a liaison of another state is refused
 * and the page says why; a field of the wrong form comes back next to that field; a revision is listed with what it
 * changed. Each test sets up its own mission on the CSTO's record through the API, as the crisis cycle reaches one.
 */
class SitrepPagesTest extends DatabaseTest {

    private static final List<String> BROWSER = List.of("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language: en");

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    private RawHttp.Response page(String target) {
        return RawHttp.send(uri("/").getPort(), "GET", target, BROWSER, null);
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code test} on a new mission (its page address, and the state of one of its contingents) with a site of
     * that contingent's, then withdraws the pledges it was made of: the shared CSTO record keeps no pledge of this test.
     */
    private void withAMission(String accounts, BiConsumer<String, String> test) {
        String secretariat = tokenFor(accounts + "-secretariat", "secretariat@CSTO");
        String kazakhs = CrisisSteps.pledged(this, accounts, "KAZ", accounts + ": Kazakh engineers", "eng", 100);
        String tajiks = CrisisSteps.pledged(this, accounts, "TJK", accounts + ": Tajik engineers", "eng", 100);
        try {
            String request = CrisisSteps.decidedToDeploy(this, accounts, secretariat);
            CrisisSteps.acceptedAPackage(this, secretariat, request);
            var created = postAs(secretariat, "/api/v1/organizations/CSTO/missions", json().writeValueAsBytes(Map.of("request", request,
                    "name", accounts + ": border town", "mandate", Map.of("text", "Support the host's engineers", "tasks", List.of("humanitarian_relief")),
                    "forcePool", "CRDF", "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"))));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            String mission = created.body().path("id").asString();
            String state = created.body().path("contingents").path(0).path("state").asString();
            String api = "/api/v1/organizations/CSTO/missions/" + mission;
            var site = postAs(secretariat, api + "/sites", json().writeValueAsBytes(Map.of("id", "BATKEN-BRIDGE", "name", "Batken bridge",
                    "task", "humanitarian_relief", "holder", state, "sources", List.of("ART"), "at", ago(48))));
            assertThat(site.status()).as("%s", site.body()).isEqualTo(201);
            String other = created.body().path("contingents").path(1).path("state").asString();
            var depot = postAs(secretariat, api + "/sites", json().writeValueAsBytes(Map.of("id", "OSH-DEPOT", "name", "Osh depot",
                    "task", "humanitarian_relief", "holder", other, "sources", List.of("ART"), "at", ago(48))));
            assertThat(depot.status()).as("%s", depot.body()).isEqualTo(201);
            test.accept("/organizations/CSTO/missions/" + mission, state);
        } finally {
            postAs(tokenFor(accounts + "-liaison-kaz", "liaison@CSTO/KAZ"), "/api/v1/organizations/CSTO/pledges/" + kazakhs + "/withdrawal", new byte[0]);
            postAs(tokenFor(accounts + "-liaison-tjk", "liaison@CSTO/TJK"), "/api/v1/organizations/CSTO/pledges/" + tajiks + "/withdrawal", new byte[0]);
        }
    }

    private static String ago(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(hours, ChronoUnit.HOURS).toString();
    }

    /** The fields of a sitrep on the contingent of {@code state} over the last day: its departure, the bridge secured, one incident. */
    private static Map<String, String> onContingent(String state) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("scope", state);
        fields.put("from", ago(24));
        fields.put("until", ago(1));
        fields.put("summary", "The engineers left for Batken and took over the bridge.");
        fields.put("milestone." + state + ".departure", ago(20));
        fields.put("site.BATKEN-BRIDGE.status", "secured");
        fields.put("site.BATKEN-BRIDGE.at", ago(6));
        fields.put("incidents", "A lorry broke down near Osh\nNo one hurt");
        fields.put("sources", "");
        return fields;
    }

    @Test
    void aLiaisonFilesASitrepOnTheirOwnContingentAndTheListShowsItWithTheSitesAndTheirHistory() {
        withAMission("sitrep-pages-file", (mission, state) -> {
            var liaison = SignedInPages.signIn(context, jdbc, "sitrep-pages-file-liaison", "liaison@CSTO/" + state);
            String form = text(liaison.get(mission + "/sitreps/new?lang=en"));
            assertThat(form).contains("id=\"sitrep-form\"").contains("<option value=\"" + state + "\" selected=\"selected\">the contingent of " + state)
                    .doesNotContain("value=\"mission\"").contains("name=\"milestone." + state + ".arrival\"").contains("name=\"site.BATKEN-BRIDGE.status\"")
                    .as("a site another contingent holds is not the liaison's to move").doesNotContain("name=\"site.OSH-DEPOT.status\"")
                    .as("marked for the contributors unless the filer says otherwise").contains("<option value=\"contributors\" selected=\"selected\">");

            var filed = liaison.post(mission + "/sitreps", onContingent(state));

            assertThat(filed.getStatus()).as("%s", text(filed)).isEqualTo(302);
            assertThat(filed.getRedirectedUrl()).endsWith(mission + "/sitreps/1");
            String list = text(liaison.get(mission + "/sitreps?lang=en"));
            String row = list.substring(list.indexOf("id=\"sitrep-1\""), list.indexOf("</tr>", list.indexOf("id=\"sitrep-1\"")));
            assertThat(row).contains("Sitrep 1, revision 1").contains("the contingent of " + state).contains("sitrep-pages-file-liaison")
                    .contains("The engineers left for Batken");
            String sites = list.substring(list.indexOf("id=\"sites-section\""));
            assertThat(sites).contains("Batken bridge").contains("data-status=\"secured\"").contains("held by " + state);
            assertThat(text(liaison.get(mission + "/sitreps/1?lang=en"))).contains("A lorry broke down near Osh").contains("No one hurt")
                    .contains("site BATKEN-BRIDGE secured at").contains(state + ": departure at")
                    .contains("data-marking=\"contributors\"").contains("the contributing states and the secretariat");
            String unsigned = page(mission + "/sitreps?lang=en").body();
            assertThat(unsigned).as("marked for the contributors, it is not listed to anyone").doesNotContain("The engineers left for Batken")
                    .doesNotContain("id=\"sitreps-none\"").contains("id=\"sitreps-withheld\"");
            assertThat(page(mission + "/sitreps/1?lang=en").status()).isEqualTo(404);
            for (String language : List.of("ru", "id")) {
                for (String address : List.of(mission + "/sitreps", mission + "/sitreps/1", mission + "/sitreps/1/revise")) {
                    var signedIn = liaison.get(address + "?lang=" + language);
                    assertThat(signedIn.getStatus()).as("%s in %s", address, language).isEqualTo(200);
                    assertThat(text(signedIn)).as("%s in %s", address, language).contains("lang=\"" + language + "\"").contains("The engineers left for Batken")
                            .doesNotContain("??sitrep.");
                }
            }
        });
    }

    @Test
    void aLiaisonOfAnotherStateIsRefusedAndThePageSaysWhyInItsLanguage() {
        withAMission("sitrep-pages-refused", (mission, state) -> {
            String other = state.equals("ARM") ? "BLR" : "ARM";
            var stranger = SignedInPages.signIn(context, jdbc, "sitrep-pages-refused-liaison", "liaison@CSTO/" + other);

            var refused = stranger.post(mission + "/sitreps?lang=ru", onContingent(state));

            assertThat(refused.getStatus()).isEqualTo(403);
            String body = text(refused);
            assertThat(body).contains("id=\"problem\"").contains("data-reason=\"FORBIDDEN\"").contains("Не вам докладывать об этом")
                    .contains("is filed by the liaison of " + state);
            assertThat(body).as("the form comes back as it was filled in").contains("The engineers left for Batken and took over the bridge.");
            assertThat(page(mission + "/sitreps?lang=en").body()).contains("id=\"sitreps-none\"");
        });
    }

    @Test
    void aFieldOfTheWrongFormIsShownNextToThatField() {
        withAMission("sitrep-pages-invalid", (mission, state) -> {
            var liaison = SignedInPages.signIn(context, jdbc, "sitrep-pages-invalid-liaison", "liaison@CSTO/" + state);
            var fields = onContingent(state);
            fields.put("from", "yesterday morning");

            var refused = liaison.post(mission + "/sitreps?lang=en", fields);

            assertThat(refused.getStatus()).isEqualTo(400);
            String body = text(refused);
            int from = body.indexOf("id=\"from\"");
            assertThat(body.substring(from, body.indexOf("id=\"until\"")))
                    .contains("class=\"invalid-feedback d-block field-error\" data-field=\"from\">&#39;yesterday morning&#39; is not an instant");
            assertThat(body).contains("is-invalid").contains("value=\"yesterday morning\"");
        });
    }

    @Test
    void aRevisionIsListedWithWhatItChangedAndTheFirstIsKeptWhole() {
        withAMission("sitrep-pages-revised", (mission, state) -> {
            var liaison = SignedInPages.signIn(context, jdbc, "sitrep-pages-revised-liaison", "liaison@CSTO/" + state);
            assertThat(liaison.post(mission + "/sitreps", onContingent(state)).getStatus()).isEqualTo(302);
            String prefilled = text(liaison.get(mission + "/sitreps/1/revise?lang=en"));
            assertThat(prefilled).contains("The engineers left for Batken and took over the bridge.").contains("A lorry broke down near Osh");

            var fields = onContingent(state);
            fields.put("summary", "The engineers left for Batken; the bridge is secured, the ford is not.");
            fields.put("needs", "Two pontoon sections");
            var revised = liaison.post(mission + "/sitreps/1/revisions", fields);

            assertThat(revised.getStatus()).as("%s", text(revised)).isEqualTo(302);
            String list = text(liaison.get(mission + "/sitreps?lang=en"));
            assertThat(list).contains("Sitrep 1, revision 2").doesNotContain("Sitrep 1, revision 1");
            String sitrep = text(liaison.get(mission + "/sitreps/1?lang=en"));
            assertThat(sitrep).contains("id=\"revision-1\"").contains("id=\"revision-2\"").contains("The engineers left for Batken and took over the bridge.");
            String changed = sitrep.substring(sitrep.indexOf("id=\"changed-2\""));
            assertThat(changed).contains("data-field=\"summary\"").contains("the ford is not").contains("data-field=\"needs\"")
                    .contains("Two pontoon sections").doesNotContain("data-field=\"incidents\"");
        });
    }

    @Test
    void aSitrepFollowedByOneTheReaderMayNotReadIsNotShownOverdue() {
        withAMission("sitrep-pages-unseen", (mission, state) -> {
            String liaison = tokenFor("sitrep-pages-unseen-liaison-api", "liaison@CSTO/" + state);
            Map<String, Object> scope = Map.of("kind", "contingent", "state", state);
            var first = postAs(liaison, "/api/v1" + mission + "/sitreps", json().writeValueAsBytes(Map.of("scope", scope, "from", ago(72),
                    "until", ago(48), "summary", "The first, for everyone", "nextDue", ago(24), "marking", "public")));
            assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
            var second = postAs(liaison, "/api/v1" + mission + "/sitreps", json().writeValueAsBytes(Map.of("scope", scope, "from", ago(48),
                    "until", ago(2), "summary", "The second, for the contributors")));
            assertThat(second.status()).as("%s", second.body()).isEqualTo(201);

            String list = page(mission + "/sitreps?lang=en").body();
            String row = list.substring(list.indexOf("id=\"sitrep-1\""), list.indexOf("</tr>", list.indexOf("id=\"sitrep-1\"")));
            assertThat(row).contains("The first, for everyone").as("the second followed it, unseen").doesNotContain("class=\"badge text-bg-danger overdue\"");
            assertThat(list).doesNotContain("The second, for the contributors");
        });
    }

    @Test
    void theKazakhstanMissionsSitesShowAlmatyAirportWithTheSourcesCountOfFourteenBesideItAsKnownOnEachDay() {
        String list = page("/organizations/CSTO/missions/MIS-KAZ-2022/sitreps?lang=en").body();
        String before = page("/organizations/CSTO/missions/MIS-KAZ-2022/sitreps?lang=en&at=2022-01-09").body();

        assertThat(list).contains("id=\"sitreps-none\"");
        String airport = list.substring(list.indexOf("id=\"site-ALA-AIRPORT\""));
        assertThat(airport).contains("Almaty airport").contains("data-status=\"secured\"").contains("#source-ART");
        String reported = list.substring(list.indexOf("id=\"sites-reported\""), list.indexOf("</p>", list.indexOf("id=\"sites-reported\"")));
        assertThat(reported).contains("data-value=\"14\"").contains("objects of strategic importance").contains("ARMRADIO_2022_01_13");
        assertThat(before).contains("As known at 2022-01-09").doesNotContain("id=\"site-ALA-AIRPORT\"").doesNotContain("id=\"sites-reported\"");
    }
}
