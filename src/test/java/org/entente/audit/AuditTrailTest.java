package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.entente.audit.AuditFixtures.appendInOneTransaction;
import static org.entente.audit.AuditFixtures.appended;
import static org.entente.audit.AuditFixtures.change;
import static org.entente.audit.AuditFixtures.uniqueSubject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.entente.provenance.Digests;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appending to the audit trail and reading it back: a chain that verifies intact, entries found by
 * filters in pages, entries that commit or roll back with their transaction, concurrent appends.
 */
class AuditTrailTest {

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

        private Verification.Intact intact() {
            Verification verification = trail.verify();
            assertThat(verification).isInstanceOf(Verification.Intact.class);
            return (Verification.Intact) verification;
        }

        @Test
        void appendedEntriesFormAChainThatVerifiesIntactAtTheLastHash() {
            String subject = uniqueSubject("test-chain");
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                entries.add(appended(transaction, trail, change(subject)));
            }

            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).sequence()).isGreaterThan(entries.get(i - 1).sequence());
                assertThat(entries.get(i).recordedAt()).isAfter(entries.get(i - 1).recordedAt());
            }
            Verification.Intact intact = intact();
            assertThat(intact.headHash()).isEqualTo(entries.getLast().hash());
            assertThat(intact.entries()).isEqualTo(entries.getLast().sequence());
        }

        @Test
        void entriesInOneTransactionAreChainedInTheOrderAppendedEachLinkedToTheEntryBefore() {
            String subject = uniqueSubject("test-links");

            List<AuditEntry> entries = appendInOneTransaction(transaction, trail, change(subject), change(subject), change(subject));

            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).sequence()).isGreaterThan(entries.get(i - 1).sequence());
            }
            for (AuditEntry entry : entries) {
                assertThat(entry.previousHash()).isEqualTo(trail.entry(entry.sequence() - 1).map(AuditEntry::hash).orElse(AuditEntry.GENESIS));
            }
        }

        @Test
        void anAppendNeitherTakesNorWaitsForTheChainHeadLock() throws Exception {
            String subject = uniqueSubject("test-no-lock");
            var locked = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            try (ExecutorService holder = Executors.newSingleThreadExecutor(); ExecutorService appender = Executors.newSingleThreadExecutor()) {
                Future<?> holding = holder.submit(() -> transaction.executeWithoutResult(status -> {
                    jdbc.sql("select last_sequence from audit_chain_head where id = 1 for update").query(Long.class).single();
                    locked.countDown();
                    await(release);
                }));
                assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
                try {
                    AuditReceipt receipt = appender.submit(() -> transaction.execute(status -> trail.append(change(subject)))).get(5, TimeUnit.SECONDS);
                    assertThat(receipt.acceptedAt()).isNotNull();
                } finally {
                    release.countDown();
                    holding.get(30, TimeUnit.SECONDS);
                }
            }
            assertThat(trail.entries(AuditFilter.ofSubject(subject), 0, 10).totalItems()).isEqualTo(1);
        }

        @Test
        void aCommittedRecordIsChainedWithoutAnyReadOfTheTrailRecordedNoEarlierThanItWasAccepted() {
            String subject = uniqueSubject("test-sequencer");

            AuditReceipt receipt = transaction.execute(status -> trail.append(change(subject)));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from audit_entry where queue_id = :id")
                    .param("id", receipt.id()).query(Long.class).single() == 1);
            AuditEntry entry = trail.entry(receipt).orElseThrow();
            assertThat(entry.record()).isEqualTo(change(subject));
            assertThat(entry.recordedAt()).isAfterOrEqualTo(receipt.acceptedAt());
            assertThat(jdbc.sql("select count(*) from audit_queue where id = :id").param("id", receipt.id()).query(Long.class).single()).isZero();
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Test
        void entriesAreReadBackAsAppendedNewestFirst() {
            String subject = uniqueSubject("test-read");
            List<AuditEntry> appended = appendInOneTransaction(transaction, trail,
                    change("a.one", "TESTA", "test.create", subject),
                    new AuditRecord("a.two", "observer", null, "test.comment", subject, null, null, "plain text, «Unicode» too"),
                    AuditRecord.bySystem("TESTA", "test.retire", subject, Digests.sha256("x"), null, null));

            AuditEntries read = trail.entries(AuditFilter.ofSubject(subject), 0, 10);

            assertThat(read.items()).containsExactlyElementsOf(appended.reversed());
            assertThat(read.totalItems()).isEqualTo(3);
            assertThat(trail.entry(appended.get(1).sequence())).contains(appended.get(1));
        }

        @Test
        void filtersEachNarrowTheEntriesAndCombine() {
            String subject = uniqueSubject("test-filter");
            String actor = uniqueSubject("a.filter");
            List<AuditEntry> appended = appendInOneTransaction(transaction, trail,
                    change(actor, "TESTF1", "test.create", subject),
                    change(actor, "TESTF2", "test.update", subject),
                    change("someone.else", "TESTF1", "test.update", subject));

            assertThat(trail.entries(new AuditFilter(actor, null, null, null, null, null), 0, 10).items())
                    .containsExactly(appended.get(1), appended.get(0));
            assertThat(trail.entries(new AuditFilter(null, "TESTF1", null, subject, null, null), 0, 10).items())
                    .containsExactly(appended.get(2), appended.get(0));
            assertThat(trail.entries(new AuditFilter(actor, null, "test.update", subject, null, null), 0, 10).items())
                    .containsExactly(appended.get(1));
            assertThat(trail.entries(new AuditFilter(actor, "TESTF2", "test.create", null, null, null), 0, 10).totalItems()).isZero();
        }

        @Test
        void aPeriodIncludesItsStartAndExcludesItsEnd() {
            String subject = uniqueSubject("test-period");
            List<AuditEntry> appended = appendInOneTransaction(transaction, trail, change(subject), change(subject), change(subject));
            Instant second = appended.get(1).recordedAt();

            assertThat(trail.entries(new AuditFilter(null, null, null, subject, second, null), 0, 10).items())
                    .containsExactly(appended.get(2), appended.get(1));
            assertThat(trail.entries(new AuditFilter(null, null, null, subject, null, second), 0, 10).items())
                    .containsExactly(appended.get(0));
            assertThat(trail.entries(new AuditFilter(null, null, null, subject, second, appended.get(2).recordedAt()), 0, 10).items())
                    .containsExactly(appended.get(1));
        }

        @Test
        void pagesHoldTheirSizeOfEntriesWithTheTotalOfAll() {
            String subject = uniqueSubject("test-pages");
            List<AuditEntry> appended = appendInOneTransaction(transaction, trail,
                    change(subject), change(subject), change(subject), change(subject), change(subject));
            AuditFilter filter = AuditFilter.ofSubject(subject);

            assertThat(trail.entries(filter, 0, 2).items()).containsExactly(appended.get(4), appended.get(3));
            assertThat(trail.entries(filter, 1, 2).items()).containsExactly(appended.get(2), appended.get(1));
            assertThat(trail.entries(filter, 2, 2).items()).containsExactly(appended.get(0));
            assertThat(trail.entries(filter, 3, 2).items()).isEmpty();
            assertThat(trail.entries(filter, 2, 2).totalItems()).isEqualTo(5);
        }

        @Test
        void anEntryRollsBackWithTheChangeItRecords() {
            String subject = uniqueSubject("test-rollback");
            Verification.Intact before = intact();

            transaction.executeWithoutResult(status -> {
                trail.append(change(subject));
                status.setRollbackOnly();
            });

            assertThat(trail.entries(AuditFilter.ofSubject(subject), 0, 10).totalItems()).isZero();
            assertThat(intact()).isEqualTo(before);
        }

        @Test
        void appendingOutsideATransactionIsRefused() {
            String subject = uniqueSubject("test-no-transaction");

            assertThatIllegalStateException().isThrownBy(() -> trail.append(change(subject))).withMessageContaining("transaction");
            assertThat(trail.entries(AuditFilter.ofSubject(subject), 0, 10).totalItems()).isZero();
        }

        @Test
        void concurrentTransactionsAppendOneContiguousIntactChain() throws Exception {
            String subject = uniqueSubject("test-concurrent");
            int threads = 8;
            int perThread = 20;
            List<Callable<List<AuditEntry>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    List<AuditEntry> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(appended(transaction, trail, change(subject)));
                    }
                    return mine;
                });
            }
            List<AuditEntry> appended = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (Future<List<AuditEntry>> done : pool.invokeAll(work)) {
                    appended.addAll(done.get());
                }
            }

            appended.sort(Comparator.comparingLong(AuditEntry::sequence));
            for (int i = 1; i < appended.size(); i++) {
                assertThat(appended.get(i).sequence()).isGreaterThan(appended.get(i - 1).sequence());
                assertThat(appended.get(i).recordedAt()).isAfter(appended.get(i - 1).recordedAt());
            }
            assertThat(appended.getLast().sequence() - appended.getFirst().sequence()).isEqualTo(threads * perThread - 1);
            assertThat(trail.entries(AuditFilter.ofSubject(subject), 0, 500).items()).containsExactlyElementsOf(appended.reversed());
            assertThat(intact().headHash()).isEqualTo(appended.getLast().hash());
        }
    }
}
