package org.entente.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.audit.AuditFixtures.appendInOneTransaction;
import static org.entente.audit.AuditFixtures.change;
import static org.entente.audit.AuditFixtures.uniqueSubject;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFixtures;
import org.entente.audit.AuditTrail;
import org.entente.audit.Verification;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the audit table directly in the database, as someone with database access could,
 * and verification finding the first broken entry. Each test tampers only with entries it appended
 * itself and puts them back as they were in {@code finally}, so the shared chain stays intact.
 * Every verification is made twice: as the application does, and reading the chain two rows at a
 * time, so that page boundaries fall everywhere.
 */
class AuditTamperingTest {

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

        @Autowired
        private Clock clock;

        @Autowired
        private AuditSequencer sequencer;

        private JdbcAuditTrail inPagesOfTwo() {
            return new JdbcAuditTrail(jdbc, clock, sequencer, 2);
        }

        /** Verifies as the application does and in pages of two; both must agree. */
        private Verification verification() {
            Verification verification = trail.verify();
            assertThat(inPagesOfTwo().verify()).isEqualTo(verification);
            return verification;
        }

        private void assertBrokenAt(long sequence, String reason) {
            assertThat(verification()).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
                assertThat(broken.sequence()).isEqualTo(sequence);
                assertThat(broken.reason()).contains(reason);
            });
        }

        private void assertIntact() {
            assertThat(verification()).isInstanceOf(Verification.Intact.class);
        }

        /** Three consecutive entries, the last ones of the chain. */
        private List<AuditEntry> appendThree(String what) {
            String subject = uniqueSubject(what);
            List<AuditEntry> entries = appendInOneTransaction(transaction, trail, change(subject), change(subject), change(subject));
            assertIntact();
            return entries;
        }

        private ChainRow stored(long sequence) {
            return inPagesOfTwo().row(sequence).orElseThrow();
        }

        private void set(long sequence, String column, Object value) {
            int updated = jdbc.sql("update audit_entry set " + column + " = :value where sequence_number = :sequence")
                    .param("value", value)
                    .param("sequence", sequence)
                    .update();
            assertThat(updated).isEqualTo(1);
        }

        private void restore(ChainRow row) {
            jdbc.sql("delete from audit_entry where sequence_number = :sequence").param("sequence", row.sequence()).update();
            inPagesOfTwo().insert(row);
        }

        private void delete(long sequence) {
            assertThat(jdbc.sql("delete from audit_entry where sequence_number = :sequence").param("sequence", sequence).update()).isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"actor", "actor_role", "organization", "action", "subject", "before_digest", "after_digest", "details",
                "recorded_at", "entry_hash"})
        void alteringAnyColumnOfAnEntryIsReportedAtThatEntry(String column) {
            AuditEntry middle = appendThree("test-tamper-" + column).get(1);
            ChainRow original = stored(middle.sequence());
            Object tampered = column.equals("recorded_at")
                    ? OffsetDateTime.ofInstant(middle.recordedAt().plusNanos(1_000), ZoneOffset.UTC)
                    : column.equals("entry_hash") ? original.computedHash().replace('a', 'b').replace('0', '1') : "tampered";
            try {
                set(middle.sequence(), column, tampered);

                assertBrokenAt(middle.sequence(), column.equals("entry_hash") ? "does not match its hash" : "was altered");
            } finally {
                restore(original);
            }
            assertIntact();
        }

        @Test
        void relinkingAnEntryIsReportedAtThatEntry() {
            AuditEntry middle = appendThree("test-relink").get(1);
            ChainRow original = stored(middle.sequence());
            try {
                set(middle.sequence(), "previous_hash", AuditEntry.GENESIS);

                assertBrokenAt(middle.sequence(), "previous hash does not match the hash of entry " + (middle.sequence() - 1));
            } finally {
                restore(original);
            }
            assertIntact();
        }

        @Test
        void deletingAMiddleEntryIsReportedAsAGapAtItsSequence() {
            AuditEntry middle = appendThree("test-delete-middle").get(1);
            ChainRow original = stored(middle.sequence());
            try {
                delete(middle.sequence());

                assertBrokenAt(middle.sequence(), "entry " + middle.sequence() + " is missing");
            } finally {
                restore(original);
            }
            assertIntact();
        }

        @Test
        void alteringAnEntryAndRecomputingItsHashBreaksTheNextEntrysLink() {
            AuditEntry middle = appendThree("test-rehash").get(1);
            ChainRow original = stored(middle.sequence());
            ChainRow forged = new ChainRow(original.sequence(), original.recordedAt(), "someone.else", original.role(), original.organization(),
                    original.action(), original.subject(), original.beforeDigest(), original.afterDigest(), original.details(),
                    original.previousHash(), null);
            try {
                set(middle.sequence(), "actor", forged.actor());
                set(middle.sequence(), "entry_hash", forged.computedHash());

                assertBrokenAt(middle.sequence() + 1, "previous hash does not match the hash of entry " + middle.sequence());
            } finally {
                restore(original);
            }
            assertIntact();
        }

        @Test
        void deletingTheLastEntryIsReportedAgainstTheChainHead() {
            AuditEntry last = appendThree("test-delete-last").get(2);
            ChainRow original = stored(last.sequence());
            try {
                delete(last.sequence());

                assertBrokenAt(last.sequence(), "the chain head records " + last.sequence() + " entries");
            } finally {
                restore(original);
            }
            assertIntact();
        }

        @Test
        void alteringTheLastEntryAndRecomputingItsHashIsReportedAgainstTheChainHead() {
            AuditEntry last = appendThree("test-rehash-last").get(2);
            ChainRow original = stored(last.sequence());
            ChainRow forged = new ChainRow(original.sequence(), original.recordedAt(), original.actor(), original.role(), original.organization(),
                    original.action(), original.subject(), original.beforeDigest(), original.afterDigest(), "nothing happened",
                    original.previousHash(), null);
            try {
                set(last.sequence(), "details", forged.details());
                set(last.sequence(), "entry_hash", forged.computedHash());

                assertBrokenAt(last.sequence(), "does not match the hash the chain head records");
            } finally {
                restore(original);
            }
            assertIntact();
        }

        @Test
        void anEntryInsertedPastTheChainHeadIsReported() {
            AuditEntry last = appendThree("test-past-head").get(2);
            ChainRow forged = ChainRow.next(last.sequence() + 1, last.recordedAt().plusSeconds(1), change(uniqueSubject("test-forged")), last.hash());
            try {
                inPagesOfTwo().insert(forged);

                assertBrokenAt(forged.sequence(), "past the chain head");
            } finally {
                delete(forged.sequence());
            }
            assertIntact();
        }

        @Test
        void anInstanceWithASlowClockStillRecordsEachEntryAfterThePreviousOne() {
            AuditEntry last = appendThree("test-slow-clock").get(2);
            var slow = new JdbcAuditTrail(jdbc, Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC), sequencer, JdbcAuditTrail.VERIFICATION_PAGE);

            AuditEntry next = AuditFixtures.appended(transaction, slow, change(uniqueSubject("test-slow-clock")));

            assertThat(next.sequence()).isEqualTo(last.sequence() + 1);
            assertThat(next.recordedAt()).isEqualTo(last.recordedAt().plusNanos(1_000));
            assertIntact();
        }
    }
}
