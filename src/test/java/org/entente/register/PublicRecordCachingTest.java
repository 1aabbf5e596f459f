package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.DatabaseTest;
import org.entente.support.RawHttp;
import org.entente.support.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public record as HTTP caches see it: an anonymous reader's answer carries a strong tag of the record's version, lets any
 * cache keep it and revalidate it, and is answered 304 without a body while the record has not changed; a correction
 * (an import) changes the tag and the answer, never leaving an answer derived before it; a signed-in reader's page is nobody
 * else's. The organization is this test's own; each test imports it afresh, so that each starts from the same record.
 * On H2 and on PostgreSQL (the version is read from the database).
 */
class PublicRecordCachingTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final String ORG = "HTTPCA1";
        private static final String PAGE = "/organizations/" + ORG;
        private static final String MEMBERS_API = "/api/v1/organizations/" + ORG + "/members?date=2018-01-01";
        private static final String STRONG_TAG = "\"[0-9a-f]{40}\"";

        @LocalServerPort
        private int port;

        @Autowired
        private WebApplicationContext context;

        @Autowired
        private JdbcClient jdbc;

        @BeforeEach
        void registerTheOrganizationAsItFirstStood() {
            imported(smallDataset(ORG));
        }

        private RawHttp.Response read(String target, String... headers) {
            return RawHttp.send(port, "GET", target, List.of(headers), null);
        }

        /** The organization's record without Sweden's observer status: a correction through the dataset API. */
        private void correctedWithoutSweden() {
            ObjectNode document = smallDataset(ORG);
            ArrayNode events = (ArrayNode) document.get("membershipEvents");
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).path("id").asString().equals("EV-SWE-OBSERVER")) {
                    events.remove(i);
                }
            }
            imported(document);
        }

        @Test
        void givesAnAnonymousReaderAStrongTagAndLetsAnyCacheKeepThePage() {
            RawHttp.Response first = read(PAGE);
            RawHttp.Response second = read(PAGE);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("etag")).matches(STRONG_TAG);
            assertThat(second.header("etag")).isEqualTo(first.header("etag"));
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(first.header("cache-control")).isEqualTo("public, max-age=0, s-maxage=1, must-revalidate");
            assertThat(first.header("vary")).contains("Cookie");
            assertThat(first.headers()).doesNotContainKeys("pragma", "expires", "set-cookie");
            assertThat(first.header("content-type")).startsWith("text/html");
            assertThat(first.header("content-security-policy")).contains("default-src 'self'");
            assertThat(first.header("x-frame-options")).isEqualTo("DENY");
        }

        @Test
        void answersNotModifiedWithoutABodyWhileTheRecordHasNotChanged() {
            String tag = read(PAGE).header("etag");

            RawHttp.Response revalidated = read(PAGE, "If-None-Match: " + tag);

            assertThat(revalidated.status()).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.header("etag")).isEqualTo(tag);
            assertThat(revalidated.header("cache-control")).isEqualTo("public, max-age=0, s-maxage=1, must-revalidate");
            assertThat(read(PAGE, "If-None-Match: \"some-other-version\"").status()).isEqualTo(200);
        }

        @Test
        void aCorrectionChangesTheTagAndThePageShowsIt() {
            RawHttp.Response before = read(PAGE);
            assertThat(before.body()).contains("id=\"event-EV-SWE-OBSERVER\"");

            correctedWithoutSweden();
            RawHttp.Response after = read(PAGE, "If-None-Match: " + before.header("etag"));

            assertThat(after.status()).isEqualTo(200);
            assertThat(after.header("etag")).matches(STRONG_TAG).isNotEqualTo(before.header("etag"));
            assertThat(after.body()).doesNotContain("id=\"event-EV-SWE-OBSERVER\"").contains("id=\"event-EV-FIN-SIGN\"");
        }

        @Test
        void theMembersOnADateAnswerFollowsACorrection() {
            Answer before = get(MEMBERS_API);
            assertThat(before.headers().getETag()).matches(STRONG_TAG);
            assertThat(before.headers().getCacheControl()).isEqualTo("public, max-age=0, s-maxage=1, must-revalidate");
            assertThat(before.body().path("states").findValuesAsString("state")).contains("SWE");
            assertThat(read(MEMBERS_API, "If-None-Match: " + before.headers().getETag()).status()).isEqualTo(304);

            correctedWithoutSweden();
            Answer after = get(MEMBERS_API);

            assertThat(after.headers().getETag()).isNotEqualTo(before.headers().getETag());
            assertThat(after.body().path("states").findValuesAsString("state")).doesNotContain("SWE").contains("FIN");
            assertThat(read(MEMBERS_API, "If-None-Match: " + before.headers().getETag()).status()).isEqualTo(200);
            // The members-on-a-date fragment of the page, derived from the same membership, follows too.
            assertThat(read(PAGE + "/members?date=2018-01-01").body()).contains("data-state=\"FIN\"").doesNotContain("data-state=\"SWE\"");
        }

        @Test
        void anAddressThatDiffersOnlyInAParameterNoPageTakesIsTheSameAnswer() {
            RawHttp.Response shared = read(PAGE + "?date=2018-01-01&fbclid=IwAR0abc");

            RawHttp.Response revalidated = read(PAGE + "?utm_source=news&date=2018-01-01", "If-None-Match: " + shared.header("etag"));

            assertThat(shared.header("etag")).matches(STRONG_TAG).isEqualTo(read(PAGE + "?date=2018-01-01").header("etag"));
            assertThat(revalidated.status()).isEqualTo(304);
            assertThat(read(PAGE + "?date=2018-01-02", "If-None-Match: " + shared.header("etag")).status()).isEqualTo(200);
            // The kept page is every reader's: its language links name the date, not the first reader's tracking parameter.
            assertThat(read(PAGE + "?date=2018-01-01&utm_campaign=x").body()).contains("date=2018-01-01").doesNotContain("fbclid", "utm_");
        }

        @Test
        void anOrganizationCodeInSmallLettersIsRefusedWithoutATag() {
            RawHttp.Response small = read(PAGE.toLowerCase(java.util.Locale.ROOT), "If-None-Match: *");

            assertThat(small.status()).isEqualTo(400);
            assertThat(small.headers()).doesNotContainKey("etag");
            assertThat(small.header("cache-control")).doesNotContain("public");
        }

        @Test
        void eachLanguageHasItsOwnTag() {
            RawHttp.Response english = read(PAGE);
            RawHttp.Response russian = read(PAGE, "Cookie: entente-lang=ru");

            assertThat(russian.header("etag")).matches(STRONG_TAG).isNotEqualTo(english.header("etag"));
            assertThat(russian.body()).contains("lang=\"ru\"");
            assertThat(read(PAGE, "Cookie: entente-lang=ru", "If-None-Match: " + english.header("etag")).status()).isEqualTo(200);
            // Choosing the language sets its cookie: that answer is the chooser's alone.
            RawHttp.Response choosing = read(PAGE + "?lang=id");
            assertThat(choosing.header("cache-control")).contains("no-store").doesNotContain("public");
            assertThat(choosing.headers()).doesNotContainKey("etag");
        }

        @Test
        void aSignedInReadersPageIsNotPublic() throws Exception {
            SignedInPages signedIn = SignedInPages.signIn(context, jdbc, "http-cache-reader");
            String anonymousTag = read(PAGE).header("etag");

            MockHttpServletResponse page = signedIn.get(PAGE);

            assertThat(anonymousTag).matches(STRONG_TAG);
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("id=\"account\"");
            assertThat(page.getHeader("Cache-Control")).contains("no-store").doesNotContain("public");
            assertThat(page.getHeader("ETag")).isNull();
        }

        @Test
        void theClausesAndAStatesHistoryAreTaggedAndFollowACorrection() {
            String clauses = PAGE + "/clauses";
            String sweden = PAGE + "/states/SWE";
            RawHttp.Response clausesBefore = read(clauses);
            RawHttp.Response swedenBefore = read(sweden);
            assertThat(clausesBefore.header("etag")).matches(STRONG_TAG);
            assertThat(swedenBefore.header("etag")).matches(STRONG_TAG);
            assertThat(swedenBefore.body()).contains("EV-SWE-OBSERVER");
            assertThat(read(sweden, "If-None-Match: " + swedenBefore.header("etag")).status()).isEqualTo(304);

            correctedWithoutSweden();

            assertThat(read(clauses, "If-None-Match: " + clausesBefore.header("etag")).status()).isEqualTo(200);
            RawHttp.Response swedenAfter = read(sweden, "If-None-Match: " + swedenBefore.header("etag"));
            assertThat(swedenAfter.status()).isEqualTo(200);
            assertThat(swedenAfter.body()).doesNotContain("EV-SWE-OBSERVER");
        }

        @Test
        void thePagesStylesheetsAndScriptsMayBeKeptAnHour() {
            for (String asset : List.of("/css/entente.css", "/webjars/htmx.org/dist/htmx.min.js", "/webjars/bootstrap/dist/css/bootstrap.min.css")) {
                RawHttp.Response answer = read(asset);
                assertThat(answer.status()).as(asset).isEqualTo(200);
                assertThat(answer.header("cache-control")).as(asset).isEqualTo("max-age=3600, public");
                assertThat(answer.header("x-content-type-options")).as(asset).isEqualTo("nosniff");
            }
        }

        @Test
        void aTokenHoldersApiAnswerIsNotPublicAndAStateIsTaggedLikeTheRecord() {
            Answer withToken = getAs(tokenFor("http-cache-reader"), MEMBERS_API);
            assertThat(withToken.status()).isEqualTo(200);
            assertThat(withToken.headers().getETag()).isNull();
            assertThat(withToken.headers().getCacheControl()).contains("no-store");

            Answer state = get("/api/v1/states/KAZ");
            assertThat(state.headers().getETag()).matches(STRONG_TAG);
            assertThat(read("/api/v1/states/KAZ", "If-None-Match: " + state.headers().getETag()).status()).isEqualTo(304);
            assertThat(get("/api/v1/states/XXX").status()).isEqualTo(404);
            assertThat(get("/api/v1/states/XXX").headers().getETag()).isNull();
        }
    }
}
