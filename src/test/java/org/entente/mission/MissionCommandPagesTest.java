package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The missions' commands through their page forms: the secretariat creates a mission on a decided request, moves it
 * on, adds a contingent and reports a figure; a liaison reports their own contingent's milestone; other roles are
 * refused, a bad field comes back next to its field, a stale page is refused with the mission as it stands.
 */
class MissionCommandPagesTest extends DatabaseTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    /** A mission created through the form on a request of Kyrgyzstan decided to deploy forces; its page's address. */
    private String createdMission(String accounts, SignedInPages secretariat) {
        String request = CrisisSteps.decidedToDeploy(this, accounts, tokenFor(accounts + "-secretariat-api", "secretariat@CSTO"));
        assertThat(secretariat.get("/organizations/CSTO/missions/new?request=" + request).getStatus()).isEqualTo(200);
        MockHttpServletResponse created = secretariat.post("/organizations/CSTO/missions", Map.of("request", request, "name", "Batken operation",
                "mandate.text", "Protect the border town", "mandate.tasks", "protect_sites", "theatre.area", "Batken", "theatre.lat", "40.06",
                "theatre.lon", "70.82", "theatre.timeZone", "Asia/Bishkek", "sources", "council decision"));
        assertThat(created.getStatus()).as("%s", contentOf(created)).isEqualTo(302);
        return created.getRedirectedUrl();
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(String page) {
        int at = page.indexOf("name=\"version\" value=\"");
        assertThat(at).as("the page carries the mission's version").isPositive();
        return Integer.parseInt(page.substring(at + 22, page.indexOf('"', at + 22)));
    }

    private static String show(SignedInPages who, String page) {
        MockHttpServletResponse answer = who.get(page + "?lang=en");
        assertThat(answer.getStatus()).isEqualTo(200);
        return contentOf(answer);
    }

    @Test
    void theSecretariatCreatesAMissionGivesTheOrderToMoveAndAddsAContingentThroughTheForms() {
        SignedInPages secretariat = SignedInPages.signIn(context, jdbc, "mcp-create-secretariat", "secretariat@CSTO");
        String mission = createdMission("mcp-create", secretariat);
        String page = show(secretariat, mission);
        assertThat(page).contains("Batken operation").contains("id=\"step-deploying\"").contains("id=\"sitreps-link\"");

        var moved = secretariat.post(mission + "/status", Map.of("status", "deploying", "version", "" + version(page), "sources", "order"));
        assertThat(moved.getRedirectedUrl()).startsWith(mission);
        page = show(secretariat, mission);
        assertThat(page).contains("id=\"mission-status\" data-status=\"deploying\"").contains("id=\"step-deployed\"").doesNotContain("id=\"step-deploying\"");

        secretariat.post(mission + "/contingents", Map.of("state", "KGZ", "units", "Border battalion", "unitSources", "ministry statement",
                "equipment", "12 BTR-82A", "version", "" + version(page)));
        assertThat(show(secretariat, mission)).contains("id=\"contingent-KGZ\"").contains("Border battalion").contains("BTR-82A × 12");
    }

    @Test
    void aLiaisonReportsTheirOwnContingentsDepartureAndIsRefusedAnotherStatesAndTheSecretariatsCommands() {
        SignedInPages secretariat = SignedInPages.signIn(context, jdbc, "mcp-liaison-secretariat", "secretariat@CSTO");
        String mission = createdMission("mcp-liaison", secretariat);
        secretariat.post(mission + "/contingents", Map.of("state", "KGZ", "units", "Border battalion", "unitSources", "ministry statement",
                "version", "" + version(show(secretariat, mission))));
        SignedInPages kyrgyz = SignedInPages.signIn(context, jdbc, "mcp-liaison-kgz", "liaison@CSTO/KGZ");
        String page = show(kyrgyz, mission);
        assertThat(page).contains("id=\"milestone-form-KGZ\"").doesNotContain("id=\"status-form\"").doesNotContain("id=\"figure-form\"");

        kyrgyz.post(mission + "/contingents/KGZ/milestones", Map.of("milestone", "departure", "at", "2026-01-02T08:00", "sources", "liaison",
                "version", "" + version(page)));
        String after = show(kyrgyz, mission);
        assertThat(after.substring(after.indexOf("id=\"contingent-KGZ\""))).contains("data-milestone=\"departure\"").contains("2026-01-02");

        assertThat(kyrgyz.post(mission + "/status", Map.of("status", "deploying", "version", "" + version(after))).getStatus()).isEqualTo(403);
        SignedInPages armenian = SignedInPages.signIn(context, jdbc, "mcp-liaison-arm", "liaison@CSTO/ARM");
        assertThat(show(armenian, mission)).doesNotContain("id=\"milestone-form-KGZ\"");
        var refused = armenian.post(mission + "/contingents/KGZ/milestones", Map.of("milestone", "arrival", "at", "2026-01-03T08:00",
                "version", "" + version(after)));
        assertThat(refused.getStatus()).as("another state's liaison is refused at the door").isEqualTo(403);
        String armeniansPage = show(armenian, mission);
        assertThat(armeniansPage.substring(armeniansPage.indexOf("id=\"contingent-KGZ\""))).doesNotContain("data-milestone=\"arrival\"");
    }

    @Test
    void theSecretariatReportsAFigureAndRevisesItThroughTheSelectAndALiaisonMayNot() {
        SignedInPages secretariat = SignedInPages.signIn(context, jdbc, "mcp-figure-secretariat", "secretariat@CSTO");
        String mission = createdMission("mcp-figure", secretariat);
        var figure = new java.util.HashMap<>(Map.of("category", "killed", "population", "civilians", "value", "12", "bound", "at_least",
                "asOf", "2026-01-02", "reportedBy", "Ministry of Health", "basis", "official", "sources", "ministry"));
        figure.put("version", "" + version(show(secretariat, mission)));
        assertThat(secretariat.post(mission + "/figures", figure).getRedirectedUrl()).isEqualTo(mission + "#figure-form");
        String page = show(secretariat, mission);
        String headline = page.substring(page.indexOf("id=\"headline-killed-civilians\""));
        assertThat(headline.substring(0, headline.indexOf("</div>"))).contains("data-value=\"12\" data-bound=\"at_least\"");
        String select = page.substring(page.indexOf("id=\"figure-supersedes\""), page.indexOf("</select>", page.indexOf("id=\"figure-supersedes\"")));
        int option = select.indexOf("<option value=\"", select.indexOf("<option value=\"\"") + 1);
        String reported = select.substring(option + 15, select.indexOf('"', option + 15));

        figure.putAll(Map.of("value", "15", "bound", "exactly", "asOf", "2026-01-03", "supersedes", reported, "version", "" + version(page)));
        secretariat.post(mission + "/figures", figure);
        page = show(secretariat, mission);
        headline = page.substring(page.indexOf("id=\"headline-killed-civilians\""));
        assertThat(page).doesNotContain("id=\"refusal\"");
        assertThat(headline.substring(0, headline.indexOf("</div>"))).contains("data-value=\"15\" data-bound=\"exactly\"");

        SignedInPages kyrgyz = SignedInPages.signIn(context, jdbc, "mcp-figure-kgz", "liaison@CSTO/KGZ");
        figure.put("version", "" + version(page));
        assertThat(kyrgyz.post(mission + "/figures", figure).getStatus()).isEqualTo(403);
        assertThat(kyrgyz.post(mission + "/contingents", Map.of("state", "KGZ", "version", "" + version(page))).getStatus()).isEqualTo(403);
    }

    @Test
    void aBadFieldIsShownNextToItsFieldWithWhatWasTyped() {
        SignedInPages secretariat = SignedInPages.signIn(context, jdbc, "mcp-field-secretariat", "secretariat@CSTO");
        String mission = createdMission("mcp-field", secretariat);
        secretariat.post(mission + "/figures", Map.of("category", "killed", "population", "civilians", "value", "many", "asOf", "2026-01-02",
                "reportedBy", "Ministry of Health", "basis", "official", "sources", "ministry", "version", "" + version(show(secretariat, mission))));
        String page = show(secretariat, mission);
        String form = page.substring(page.indexOf("id=\"figure-form\""));
        assertThat(page).contains("id=\"refusal\"").contains("Refused: the reasons are next to the fields.");
        assertThat(form).contains("data-field=\"value\"").contains("not a whole number").contains("value=\"Ministry of Health\"");

        var fields = new java.util.HashMap<>(Map.of("request", "NO-SUCH-REQUEST", "name", "Операция", "mandate.text", "Охрана объектов",
                "theatre.area", "Бишкек", "theatre.lat", "42.87", "theatre.lon", "74.59", "theatre.timeZone", "Asia/Bishkek"));
        MockHttpServletResponse taskless = secretariat.post("/organizations/CSTO/missions?lang=ru", fields);
        assertThat(taskless.getStatus()).isEqualTo(422);
        assertThat(contentOf(taskless)).contains("Отклонено: причины указаны рядом с полями.")
                .contains("data-field=\"mandate\">a mandate gives at least one task").contains("value=\"Операция\"");

        fields.put("mandate.tasks", "protect_sites");
        MockHttpServletResponse unknown = secretariat.post("/organizations/CSTO/missions?lang=ru", fields);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(contentOf(unknown)).contains("data-field=\"request\"").contains("id=\"task-protect_sites\" value=\"protect_sites\" checked");
    }

    @Test
    void aFormFromAStalePageIsRefusedAndTheMissionShownAsItStandsAndOnlyTheSecretariatSeesItsForms() {
        SignedInPages secretariat = SignedInPages.signIn(context, jdbc, "mcp-stale-secretariat", "secretariat@CSTO");
        String mission = createdMission("mcp-stale", secretariat);
        int seen = version(show(secretariat, mission));
        secretariat.post(mission + "/status", Map.of("status", "deploying", "version", "" + seen));
        secretariat.post(mission + "/status", Map.of("status", "terminated", "reason", "late", "version", "" + seen));
        String page = show(secretariat, mission);
        assertThat(page).contains("The mission changed since you opened this page; here it is again.")
                .contains("id=\"mission-status\" data-status=\"deploying\"");
        SignedInPages observer = SignedInPages.signIn(context, jdbc, "mcp-stale-observer", "observer@CSTO");
        assertThat(observer.get("/organizations/CSTO/missions/new").getStatus()).isEqualTo(403);
        assertThat(contentOf(observer.get("/organizations/CSTO/missions"))).doesNotContain("id=\"mission-new\"");
        assertThat(contentOf(secretariat.get("/organizations/CSTO/missions"))).contains("id=\"mission-new\"");
        assertThat(contentOf(observer.get(mission))).doesNotContain("id=\"status-form\"").doesNotContain("id=\"figure-form\"")
                .doesNotContain("id=\"contingent-form\"");
    }
}
