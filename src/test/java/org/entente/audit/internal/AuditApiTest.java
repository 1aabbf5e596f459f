package org.entente.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.audit.AuditFixtures.appendInOneTransaction;
import static org.entente.audit.AuditFixtures.change;
import static org.entente.audit.AuditFixtures.uniqueSubject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditTrail;
import org.entente.audit.Verification;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit API over HTTP, as an auditor (an observer) calls it: the verification, the entries with
 * filters and pages, one entry, and problem answers for bad parameters. Who else may call it is the
 * access table's to say (AccessTableTest).
 */
class AuditApiTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        @Autowired
        private AuditTrail trail;

        @Autowired
        private TransactionTemplate transaction;

        @Autowired
        private JdbcClient jdbc;

        /** An observer of a test organization: an auditor, who may read the trail of every organization. */
        private String auditor() {
            return tokenFor("test-auditor", "observer@TESTA");
        }

        /** GET as an auditor. */
        private Answer read(String pathAndQuery) {
            return getAs(auditor(), pathAndQuery);
        }

        private static String encoded(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private JsonNode ok(String pathAndQuery) {
            Answer answer = read(pathAndQuery);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            return answer.body();
        }

        @Test
        void theVerificationAnswersIntactWithTheEntriesAndTheHeadHash() {
            AuditEntry last = appendInOneTransaction(transaction, trail, change(uniqueSubject("test-api-intact"))).getLast();

            JsonNode answer = ok("/api/v1/audit/verification");

            assertThat(answer.path("intact").asBoolean()).isTrue();
            assertThat(answer.path("entries").asLong()).isEqualTo(last.sequence());
            assertThat(answer.path("headHash").asString()).isEqualTo(last.hash());
            assertThat(answer.has("brokenAt")).isFalse();
        }

        @Test
        void theVerificationAnswersTheFirstBrokenEntryAndWhy() {
            String subject = uniqueSubject("test-api-broken");
            AuditEntry first = appendInOneTransaction(transaction, trail, change(subject), change(subject)).getFirst();
            String details = first.record().details();
            try {
                jdbc.sql("update audit_entry set details = 'rewritten' where sequence_number = :sequence").param("sequence", first.sequence()).update();

                JsonNode answer = ok("/api/v1/audit/verification");

                assertThat(answer.path("intact").asBoolean()).isFalse();
                assertThat(answer.path("brokenAt").asLong()).isEqualTo(first.sequence());
                assertThat(answer.path("reason").asString()).contains("altered");
                assertThat(answer.has("headHash")).isFalse();
            } finally {
                jdbc.sql("update audit_entry set details = :details where sequence_number = :sequence")
                        .param("details", details).param("sequence", first.sequence()).update();
            }
            assertThat(trail.verify()).isInstanceOf(Verification.Intact.class);
        }

        @Test
        void entriesAreListedNewestFirstWithEveryField() {
            String subject = uniqueSubject("test-api-entries");
            List<AuditEntry> appended = appendInOneTransaction(transaction, trail, change(subject), change(subject));

            JsonNode page = ok("/api/v1/audit/entries?subject=" + encoded(subject));

            assertThat(page.path("totalItems").asLong()).isEqualTo(2);
            assertThat(page.path("totalPages").asInt()).isEqualTo(1);
            JsonNode newest = page.path("items").path(0);
            AuditEntry last = appended.getLast();
            assertThat(newest.path("sequence").asLong()).isEqualTo(last.sequence());
            assertThat(newest.path("recordedAt").asString()).isEqualTo(last.recordedAt().toString());
            assertThat(newest.path("record").path("actor").asString()).isEqualTo("a.tester");
            assertThat(newest.path("record").path("role").asString()).isEqualTo("secretariat");
            assertThat(newest.path("record").path("organization").asString()).isEqualTo("TESTA");
            assertThat(newest.path("record").path("action").asString()).isEqualTo("test.change");
            assertThat(newest.path("record").path("subject").asString()).isEqualTo(subject);
            assertThat(newest.path("record").path("beforeDigest").asString()).isEqualTo(last.record().beforeDigest());
            assertThat(newest.path("record").path("afterDigest").asString()).isEqualTo(last.record().afterDigest());
            assertThat(newest.path("record").path("details").asString()).isEqualTo(last.record().details());
            assertThat(newest.path("previousHash").asString()).isEqualTo(appended.getFirst().hash());
            assertThat(newest.path("hash").asString()).isEqualTo(last.hash());
        }

        @Test
        void queryParametersFilterAndPageTheEntries() {
            String subject = uniqueSubject("test-api-filter");
            String actor = uniqueSubject("a.api");
            List<AuditEntry> appended = appendInOneTransaction(transaction, trail,
                    change(actor, "TESTP1", "test.create", subject),
                    change(actor, "TESTP2", "test.update", subject),
                    change(actor, "TESTP1", "test.update", subject),
                    change("someone.else", "TESTP1", "test.update", subject));

            JsonNode byActorAndOrganization = ok("/api/v1/audit/entries?actor=" + encoded(actor) + "&organization=TESTP1&size=1&page=1");
            assertThat(byActorAndOrganization.path("totalItems").asLong()).isEqualTo(2);
            assertThat(byActorAndOrganization.path("totalPages").asInt()).isEqualTo(2);
            assertThat(byActorAndOrganization.path("items").path(0).path("sequence").asLong()).isEqualTo(appended.get(0).sequence());

            JsonNode byActionInPeriod = ok("/api/v1/audit/entries?subject=" + encoded(subject) + "&action=test.update"
                    + "&from=" + appended.get(1).recordedAt() + "&to=" + appended.get(3).recordedAt());
            assertThat(byActionInPeriod.path("items").findValues("sequence").stream().map(JsonNode::asLong))
                    .containsExactly(appended.get(2).sequence(), appended.get(1).sequence());
        }

        @Test
        void oneEntryIsFoundByItsSequenceNumber() {
            AuditEntry appended = appendInOneTransaction(transaction, trail, change(uniqueSubject("test-api-one"))).getLast();

            JsonNode entry = ok("/api/v1/audit/entries/" + appended.sequence());

            assertThat(entry.path("sequence").asLong()).isEqualTo(appended.sequence());
            assertThat(entry.path("hash").asString()).isEqualTo(appended.hash());
        }

        @Test
        void anEntryThatDoesNotExistIsNotFoundNamingTheSequence() {
            Answer answer = read("/api/v1/audit/entries/" + Long.MAX_VALUE);

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(404);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo("sequence");
            assertThat(read("/api/v1/audit/entries/first").body().path("errors").path(0).path("field").asString()).isEqualTo("sequence");
        }

        @ParameterizedTest
        @CsvSource({
                "size=0, size",
                "size=501, size",
                "size=many, size",
                "page=-1, page",
                "from=yesterday, from",
                "to=2026-01-01, to",
                "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z, to",
                "from=%2B1000000000-12-31T23:59:59Z, from",
                "from=-1000000000-01-01T00:00:00Z, from",
                "to=%2B1000000000-12-31T23:59:59Z, to",
                "to=-1000000000-01-01T00:00:00Z, to",
        })
        void aBadParameterIsAProblemNamingIt(String query, String field) {
            Answer answer = read("/api/v1/audit/entries?" + query);

            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
            assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
            assertThat(answer.body().path("errors").size()).isEqualTo(1);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo(field);
            assertThat(answer.body().path("errors").path(0).path("message").asString()).isNotBlank();
        }

        @Autowired
        private org.springframework.web.context.WebApplicationContext context;

        @ParameterizedTest
        @CsvSource({
                "from=%2B1000000000-12-31T23:59:59Z",
                "from=-1000000000-01-01T00:00:00Z",
                "to=%2B1000000000-12-31T23:59:59Z",
                "to=-1000000000-01-01T00:00:00Z",
        })
        void theAuditPageAnswersAFarInstantWithABadRequest(String query) {
            var pages = org.entente.support.SignedInPages.signIn(context, jdbc, "test-auditor-pages", "observer@TESTA");

            assertThat(pages.get("/audit?" + query).getStatus()).isEqualTo(400);
            assertThat(pages.get("/audit?from=2026-01-01T00:00:00Z").getStatus()).isEqualTo(200);
        }
    }
}
