package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The CSV downloads (members on a date, requests, pledges, a force package) parsed as a spreadsheet would read them and
 * checked against what the API answers for the same records and reader: the same rows, the same values, a designation
 * with a comma, a quote and a line break read back whole, a formula defused; and each answers only whom its page answers.
 */
class CsvDownloadsTest extends DatabaseTest {

    private static final String TRICKY = "2nd \"Sapper\" company, Osh\nreserve";
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"engineers\")";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    /** A download as a reader gets it: status, headers, and the rows by column name (the header row read as the names). */
    private record Download(int status, String contentType, String disposition, String location, List<String> columns, List<Map<String, String>> rows) {
    }

    private static Download parsed(int status, String contentType, String disposition, String location, byte[] body) {
        if (status != 200) {
            return new Download(status, contentType, disposition, location, List.of(), List.of());
        }
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            List<Map<String, String>> rows = parser.getRecords().stream().map(CSVRecord::toMap).toList();
            return new Download(status, contentType, disposition, location, parser.getHeaderNames(), rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET as someone not signed in, redirects not followed. */
    private Download anonymous(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return parsed(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Content-Disposition").orElse(null), response.headers().firstValue("Location").orElse(null), response.body());
    }

    private static Download as(SignedInPages pages, String pathAndQuery) {
        MockHttpServletResponse response = pages.get(pathAndQuery);
        return parsed(response.getStatus(), response.getContentType(), response.getHeader("Content-Disposition"), response.getRedirectedUrl(),
                response.getContentAsByteArray());
    }

    private JsonNode api(String token, String pathAndQuery) {
        Answer answer = token == null ? get(pathAndQuery) : getAs(token, pathAndQuery);
        assertThat(answer.status()).as("%s: %s", pathAndQuery, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asString();
    }

    @Test
    void theMembersOnADateAreTheStatesTheApiNamesOnThatDate() throws Exception {
        Download members = anonymous("/organizations/CSTO/members.csv?date=2010-06-12");
        JsonNode api = api(null, "/api/v1/organizations/CSTO/members?date=2010-06-12");

        assertThat(members.status()).isEqualTo(200);
        assertThat(members.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(members.disposition()).isEqualTo("attachment; filename=\"csto-members-2010-06-12.csv\"");
        assertThat(members.columns()).containsExactly("organization", "date", "state", "name_en", "name_ru", "name_id", "standing", "member");
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode state : api.path("states")) {
            expected.add(List.of("CSTO", "2010-06-12", state.path("state").asString(), text(state.path("names").path("en")),
                    text(state.path("names").path("ru")), text(state.path("names").path("id")), state.path("standing").asString(),
                    state.path("member").asString()));
        }
        assertThat(expected).as("the API names states on that date").isNotEmpty();
        assertThat(members.rows().stream().map(row -> members.columns().stream().map(row::get).toList()).toList()).isEqualTo(expected);
    }

    @Test
    void theRequestsAreTheListsWithItsFiltersAndOpenOnesOnlyForTheOrganizationsRoleHolders() throws Exception {
        String secretariat = tokenFor("csv-secretariat", "secretariat@CSTO");
        String decided = CrisisSteps.decidedToDeploy(this, "csv-requests", secretariat, "TJK", "terrorism", "Armed groups cross the border, near Khorog");
        Answer filed = postAs(tokenFor("csv-liaison-blr-filer", "liaison@CSTO/BLR"), "/api/v1/organizations/CSTO/requests",
                json().writeValueAsBytes(Map.of("state", "BLR", "threat", "border_incident", "description", "Shelling at the border")));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String open = filed.body().path("id").asString();

        Download everything = anonymous("/organizations/CSTO/requests.csv?record=all");
        List<String> apiIds = new ArrayList<>();
        api(null, "/api/v1/organizations/CSTO/requests?record=all&size=500").path("items").forEach(item -> apiIds.add(item.path("id").asString()));
        assertThat(everything.disposition()).isEqualTo("attachment; filename=\"csto-requests.csv\"");
        assertThat(everything.rows().stream().map(row -> row.get("id")).toList()).isEqualTo(apiIds).contains(decided).doesNotContain(open);

        Download terrorism = anonymous("/organizations/CSTO/requests.csv?threat=terrorism");
        JsonNode apiTerrorism = api(null, "/api/v1/organizations/CSTO/requests?threat=terrorism&size=500").path("items");
        assertThat(terrorism.rows()).hasSize(apiTerrorism.size());
        for (int i = 0; i < apiTerrorism.size(); i++) {
            JsonNode item = apiTerrorism.get(i);
            Map<String, String> row = terrorism.rows().get(i);
            assertThat(row.get("id")).isEqualTo(item.path("id").asString());
            assertThat(row.get("origin")).isEqualTo(item.path("origin").asString());
            assertThat(row.get("state")).isEqualTo(item.path("state").asString());
            assertThat(row.get("received")).isEqualTo(item.path("received").asString());
            assertThat(row.get("threat")).isEqualTo("terrorism").isEqualTo(item.path("threat").asString());
            assertThat(row.get("clause")).isEqualTo(text(item.path("clause")));
            assertThat(row.get("status")).isEqualTo(item.path("status").asString());
            assertThat(row.get("decision")).isEqualTo(text(item.path("decision").path("kind")));
            assertThat(row.get("decision_date")).isEqualTo(text(item.path("decision").path("date")));
            assertThat(row.get("time_to_decision_days")).isEqualTo(text(item.path("timeToDecision").path("days")));
            assertThat(row.get("time_to_decision_seconds")).isEqualTo(text(item.path("timeToDecision").path("seconds")));
        }

        var secretariatPages = SignedInPages.signIn(context, jdbc, "csv-secretariat-pages", "secretariat@CSTO");
        assertThat(as(secretariatPages, "/organizations/CSTO/requests.csv").rows().stream().map(row -> row.get("id")).toList()).contains(open, decided);
    }

    /** The address the page's "Download CSV" link ({@code id}) points to, as the page at {@code pathAndQuery} writes it. */
    private String link(String pathAndQuery, String id) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString()).body();
        var found = java.util.regex.Pattern.compile("<a[^>]*id=\"" + id + "\"[^>]*>", java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(found.find()).as("the page links %s", id).isTrue();
        var href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(found.group());
        assertThat(href.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(href.group(1));
    }

    @Test
    void thePagesLinksDownloadWhatThePageShows() throws Exception {
        String members = link("/organizations/CSTO?date=2010-06-12&lang=en", "members-csv");
        assertThat(anonymous(members).rows()).isEqualTo(anonymous("/organizations/CSTO/members.csv?date=2010-06-12").rows())
                .allSatisfy(row -> assertThat(row.get("date")).isEqualTo("2010-06-12"));

        String requests = link("/organizations/CSTO/requests?threat=terrorism&lang=ru", "requests-csv");
        assertThat(anonymous(requests).rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get("threat")).isEqualTo("terrorism"));
    }

    @Test
    void thePledgesAreTheApisForARoleHolderAndAskAnyoneElseToSignIn() throws Exception {
        String tricky = CrisisSteps.pledged(this, "csv-pledges", "KGZ", TRICKY, "eng", 90);
        String formula = CrisisSteps.pledged(this, "csv-pledges", "KGZ", FORMULA, "eng", 60);
        String observer = tokenFor("csv-observer", "observer@CSTO");
        var observerPages = SignedInPages.signIn(context, jdbc, "csv-observer-pages", "observer@CSTO");

        Download pledges = as(observerPages, "/organizations/CSTO/forces/pledges.csv?state=KGZ&capability=eng");
        JsonNode api = api(observer, "/api/v1/organizations/CSTO/pledges?state=KGZ&capability=eng&size=500").path("items");

        assertThat(pledges.status()).isEqualTo(200);
        assertThat(pledges.disposition()).isEqualTo("attachment; filename=\"csto-pledges.csv\"");
        assertThat(pledges.rows()).hasSize(api.size());
        for (int i = 0; i < api.size(); i++) {
            JsonNode item = api.get(i);
            Map<String, String> row = pledges.rows().get(i);
            String designation = item.path("designation").asString();
            assertThat(row.get("id")).isEqualTo(item.path("id").asString());
            assertThat(row.get("designation")).isEqualTo(designation.startsWith("=") ? "'" + designation : designation);
            assertThat(row.get("personnel")).isEqualTo(item.path("personnel").asString());
            assertThat(row.get("home_base_lat")).isEqualTo(item.path("homeBase").path("lat").asString());
            assertThat(row.get("home_base_lon")).isEqualTo(item.path("homeBase").path("lon").asString());
            assertThat(row.get("readiness")).isEqualTo(item.path("readiness").asString());
            assertThat(row.get("expires_on")).isEqualTo(item.path("expiresOn").asString());
            assertThat(row.get("version")).isEqualTo(item.path("version").asString());
        }
        Map<String, String> byId = pledges.rows().stream().filter(row -> row.get("id").equals(tricky)).findFirst().orElseThrow();
        assertThat(byId.get("designation")).as("a comma, a quote and a line break, read back whole").isEqualTo(TRICKY);
        assertThat(pledges.rows().stream().filter(row -> row.get("id").equals(formula)).findFirst().orElseThrow().get("designation"))
                .as("a formula is defused").isEqualTo("'" + FORMULA);

        Download signedOut = anonymous("/organizations/CSTO/forces/pledges.csv");
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).endsWith("/sign-in");
        var otherOrganization = SignedInPages.signIn(context, jdbc, "csv-nato-secretariat", "secretariat@NATO");
        assertThat(as(otherOrganization, "/organizations/CSTO/forces/pledges.csv").status()).isEqualTo(403);
    }

    @Test
    void theForcePackageIsTheApisPackageUnitByUnit() throws Exception {
        String secretariat = tokenFor("csv-package-secretariat", "secretariat@CSTO");
        String request = CrisisSteps.decidedToDeploy(this, "csv-package", secretariat);
        CrisisSteps.pledged(this, "csv-package", "KAZ", TRICKY, "eng", 120);
        CrisisSteps.pledged(this, "csv-package", "RUS", "1st engineer battalion", "eng", 120);
        CrisisSteps.acceptedAPackage(this, secretariat, request);
        var councilPages = SignedInPages.signIn(context, jdbc, "csv-package-rep", "council_representative@CSTO/KAZ");

        Download download = as(councilPages, "/organizations/CSTO/requests/" + request + "/force-generation/package.csv");
        JsonNode units = api(secretariat, "/api/v1/organizations/CSTO/requests/" + request + "/force-generation/package").path("units");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition()).isEqualTo("attachment; filename=\"csto-request-" + request + "-package.csv\"");
        assertThat(download.columns()).containsExactly("request", "requirement", "state", "unit", "designation", "personnel", "eta_hours",
                "accepted_at", "accepted_by", "accepted_short");
        assertThat(units.size()).as("a package to export").isPositive();
        assertThat(download.rows()).hasSize(units.size());
        for (int i = 0; i < units.size(); i++) {
            JsonNode unit = units.get(i);
            Map<String, String> row = download.rows().get(i);
            assertThat(row.get("request")).isEqualTo(request);
            assertThat(row.get("requirement")).isEqualTo(unit.path("requirementId").asString());
            assertThat(row.get("state")).isEqualTo(unit.path("state").asString());
            assertThat(row.get("unit")).isEqualTo(unit.path("unitId").asString());
            assertThat(row.get("designation")).isEqualTo(unit.path("designation").asString());
            assertThat(row.get("personnel")).isEqualTo(unit.path("personnel").asString());
            assertThat(row.get("eta_hours")).isEqualTo(unit.path("etaHours").asString());
            assertThat(Instant.parse(row.get("accepted_at"))).isEqualTo(Instant.parse(unit.path("acceptedAt").asString()));
            assertThat(row.get("accepted_by")).isEqualTo(unit.path("acceptedBy").asString());
        }
        assertThat(download.rows().stream().map(row -> row.get("designation"))).as("read back whole").contains(TRICKY);

        assertThat(anonymous("/organizations/CSTO/requests/" + request + "/force-generation/package.csv").status()).isEqualTo(302);
    }
}
