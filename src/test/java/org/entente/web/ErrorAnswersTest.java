package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Every error the server sends, at any layer (Tomcat's connector, Spring Security's firewall, the
 * error dispatch, Spring MVC), is an RFC 9457 problem, or the site's error page for a browser asking
 * for a page, and carries the security headers. Sent over a raw socket, as written.
 */
class ErrorAnswersTest extends DatabaseTest {

    private static final List<String> API = List.of("Accept: application/json");
    private static final List<String> BROWSER = List.of("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    private RawHttp.Response send(String method, String target, List<String> headers) {
        return RawHttp.send(uri("/").getPort(), method, target, headers, null);
    }

    /** Asserts a problem document with {@code status} and the security headers. */
    private void assertProblem(RawHttp.Response answer, int status) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as("%s", answer.body()).startsWith("application/problem+json");
        JsonNode problem = json().readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.has("trace")).isFalse();
        assertSecurityHeaders(answer);
    }

    /** Asserts the site's own error page with {@code status} and the security headers. */
    private static void assertErrorPage(RawHttp.Response answer, int status) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<title>" + status).contains("Entente").contains("href=\"/\"");
        assertSecurityHeaders(answer);
    }

    private static void assertSecurityHeaders(RawHttp.Response answer) {
        assertThat(answer.header("Content-Security-Policy")).as("Content-Security-Policy").contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(answer.header("X-Content-Type-Options")).as("X-Content-Type-Options").isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).as("X-Frame-Options").isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("same-origin");
    }

    @Test
    void anEncodedSlashInAPathIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations/CSTO%2Fmembers", API), 400);
    }

    @Test
    void anEncodedBackslashInAPathIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations/CSTO%5Cmembers", API), 400);
    }

    @Test
    void anEncodedNulInAPathIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations/CSTO%00", API), 400);
    }

    @Test
    void aDoubleSlashInAPathIsAProblem() {
        assertProblem(send("GET", "/api//v1/organizations", API), 400);
    }

    @Test
    void aSemicolonInAPathIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations;jsessionid=x", API), 400);
    }

    @Test
    void anEncodedPercentInAPathIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations/CSTO%25", API), 400);
    }

    @Test
    void aCharacterNotAllowedInARequestTargetIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations/{CSTO}", API), 400);
    }

    @Test
    void aBodyTooLargeIsAProblemWithTheSecurityHeaders() {
        assertProblem(send("POST", "/api/v1/datasets", List.of("Accept: application/json", "Content-Type: application/json",
                "Content-Length: " + (7 * 1024 * 1024))), 413);
    }

    @Test
    void traceIsAProblem() {
        RawHttp.Response answer = send("TRACE", "/api/v1/organizations", API);

        assertProblem(answer, 405);
        assertThat(answer.body()).doesNotContain("Accept: application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/organizations", "/api/v1/organizations/CSTO/dataset", "/api/v1/states/KAZ", "/v3/api-docs"})
    void anAcceptedTypeThatTheApiCannotWriteIsAProblem(String path) {
        assertProblem(send("GET", path, List.of("Accept: application/xml")), 406);
    }

    @Test
    void anUnknownApiPathIsAProblem() {
        assertProblem(send("GET", "/api/v1/organizations/CSTO/no-such-thing", API), 404);
    }

    @Test
    void anApiPathOutsideTheAccessTableIsNotFoundWhoeverAsks() {
        assertProblem(send("GET", "/api/v2/no-such-thing", API), 404);
        assertProblem(send("POST", "/api/v1/organizations/CSTO/members", API), 404);
    }

    @Test
    void aHeadRequestIsAnsweredAsItsGetIs() throws Exception {
        var head = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri("/organizations/CSTO"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
    }

    @Test
    void theErrorPageOfAnAddressWithManySlashesLinksOnlyToThisSite() {
        RawHttp.Response answer = send("GET", "//evil.example/x", BROWSER);
        assertErrorPage(answer, 400);
        assertThat(answer.body()).doesNotContain("href=\"//evil.example");
    }

    @Test
    void aPagePathOutsideTheAccessTableIsTheErrorPageNotTheSignInPage() {
        assertErrorPage(send("GET", "/organisations/CSTO", BROWSER), 404);
    }

    @Test
    void anUnknownFileIsTheErrorPageForABrowser() {
        assertErrorPage(send("GET", "/css/no-such.css", BROWSER), 404);
    }

    @Test
    void anUnknownFileIsAProblemForAClientThatDoesNotTakeHtml() {
        assertProblem(send("GET", "/css/no-such.css", API), 404);
    }

    @Test
    void aDoubleSlashInAPagePathIsTheErrorPageForABrowser() {
        assertErrorPage(send("GET", "/organizations//CSTO", BROWSER), 400);
    }

    @Test
    void anEncodedSlashInAPagePathIsAnErrorPageForABrowser() {
        assertErrorPage(send("GET", "/organizations/CSTO%2Fclauses", BROWSER), 400);
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() {
        assertProblem(send("GET", "/error", API), 404);
    }

    @Test
    void theErrorPathAskedForDirectlyByABrowserIsTheErrorPage() {
        assertErrorPage(send("GET", "/error", BROWSER), 404);
    }

    /** Every operation of the API that takes a body, from the OpenAPI description, sent a body of type {@code application/*}. */
    @TestFactory
    Stream<DynamicTest> aWildcardContentTypeIsAProblemOnEveryOperationTakingABody() {
        JsonNode paths = get("/v3/api-docs").body().path("paths");
        List<String[]> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operation.getValue().has("requestBody")) {
                    operations.add(new String[] {operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey()});
                }
            }
        }
        assertThat(operations).hasSizeGreaterThanOrEqualTo(11);
        String token = tokenFor("wildcard-sender", "secretariat@CSTO", "liaison@CSTO/KAZ", "council_representative@CSTO/KAZ");
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation[0] + " " + operation[1], () -> {
            String target = operation[1].replace("{organization}", "CSTO").replace("{state}", "KAZ")
                    .replace("{id}", "1").replace("{job}", "1").replace("{mission}", "MIS-KAZ-2022").replace("{site}", "ALA-AIRPORT").replace("{number}", "1")
                    .replace("{endpoint}", "ep_0").replace("{delivery}", "1");
            RawHttp.Response answer = RawHttp.send(uri("/").getPort(), operation[0], target,
                    List.of("Accept: application/json", "Content-Type: application/*", "Authorization: Bearer " + token), "{}");

            assertProblem(answer, 415);
            assertThat(paths.path(operation[1]).path(operation[0].toLowerCase(java.util.Locale.ROOT)).path("responses").has("415"))
                    .as("415 documented").isTrue();
        }));
    }
}
