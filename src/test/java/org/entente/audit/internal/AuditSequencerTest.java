package org.entente.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.audit.AuditFixtures.change;
import static org.entente.audit.AuditFixtures.uniqueSubject;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditReceipt;
import org.entente.audit.Verification;
import org.entente.support.DatabaseTest;
import org.entente.support.RealPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The sequencer that chains queued audit records: a record left queued longer than the maximum merge delay is a finding
 * of verification, not a broken chain; records queued by an instance that never chained them are chained by another;
 * two sequencers racing while many transactions append make one chain with every record once.
 */
class AuditSequencerTest {

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T09:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** An empty H2 database of its own, migrated, with no application (and so no other sequencer) running on it. */
    private static DriverManagerDataSource freshH2() {
        var database = new DriverManagerDataSource("jdbc:h2:mem:audit-sequencer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        return database;
    }

    @Test
    void aRecordLeftQueuedLongerThanTheMaximumMergeDelayIsAFindingOfAnIntactChainAndIsChainedThen() {
        var clock = new MovableClock();
        var instance = AuditInstance.on(freshH2(), clock, Duration.ofMillis(200), Duration.ofSeconds(5));
        AuditReceipt early = instance.transaction().execute(status -> instance.jdbcTrail().append(change(uniqueSubject("test-overdue"))));
        clock.advance(Duration.ofSeconds(4));
        instance.transaction().execute(status -> instance.jdbcTrail().append(change(uniqueSubject("test-overdue"))));
        clock.advance(Duration.ofSeconds(2));

        Verification first = instance.jdbcTrail().verify();

        assertThat(first).isInstanceOfSatisfying(Verification.Intact.class, intact -> {
            assertThat(intact.entries()).isEqualTo(2);
            assertThat(intact.overdue()).isEqualTo(new Verification.Overdue(1, early.acceptedAt(), Duration.ofSeconds(5)));
        });
        assertThat(instance.jdbcTrail().verify()).isEqualTo(new Verification.Intact(2, ((Verification.Intact) first).headHash()));
        assertThat(instance.jdbcTrail().entry(early).map(AuditEntry::recordedAt)).contains(early.acceptedAt());
    }

    @Test
    void recordsQueuedByAnInstanceThatNeverChainedThemAreChainedByAnotherInTheOrderTheyWereQueued() {
        DriverManagerDataSource database = freshH2();
        var gone = AuditInstance.on(database, Clock.systemUTC());
        var other = AuditInstance.on(database, Clock.systemUTC());
        String subject = uniqueSubject("test-handover");
        List<AuditReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            receipts.add(gone.transaction().execute(status -> gone.jdbcTrail().append(change(subject))));
        }
        assertThat(JdbcClient.create(database).sql("select count(*) from audit_entry").query(Long.class).single()).isZero();

        List<AuditEntry> chained = other.jdbcTrail().entries(AuditFilter.ofSubject(subject), 0, 10).items().reversed();

        assertThat(chained).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(receipts).extracting(receipt -> other.jdbcTrail().entry(receipt).orElseThrow()).containsExactlyElementsOf(chained);
        assertThat(other.jdbcTrail().verify()).isEqualTo(new Verification.Intact(3, chained.getLast().hash()));
    }

    @Test
    void aStoppingSequencerChainsWhatCommittedBeforeItStopsAndStopsOnlyAfterTheWebServer() {
        DriverManagerDataSource database = freshH2();
        var instance = AuditInstance.lingering(database, Duration.ofHours(1), Duration.ofHours(1));
        instance.start();
        instance.transaction().execute(status -> instance.jdbcTrail().append(change(uniqueSubject("test-stop"))));

        instance.stop(); // woken by that commit, the sequencer lingers an hour: stopping cuts that short and chains

        var jdbc = JdbcClient.create(database);
        assertThat(jdbc.sql("select count(*) from audit_queue").query(Long.class).single()).as("queued").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).as("chained").isEqualTo(1);
        assertThat(instance.sequencer().getPhase()).as("stopped after the web server, whose last requests append")
                .isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends DatabaseTest {

        @Test
        void twoSequencersRacingWhileManyTransactionsAppendMakeOneChainWithEveryRecordOnce() throws Exception {
            RealPostgres postgres = RealPostgres.shared();
            try (HikariDataSource one = pool(postgres); HikariDataSource two = pool(postgres)) {
                List<AuditInstance> instances = List.of(
                        AuditInstance.on(one, Clock.systemUTC(), Duration.ofMillis(5), AuditSequencer.MAXIMUM_MERGE_DELAY),
                        AuditInstance.on(two, Clock.systemUTC(), Duration.ofMillis(5), AuditSequencer.MAXIMUM_MERGE_DELAY));
                instances.forEach(instance -> instance.start());
                String subject = uniqueSubject("test-race");
                int threads = 6;
                int transactions = 30;
                List<Callable<List<AuditReceipt>>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    AuditInstance instance = instances.get(t % 2);
                    int thread = t;
                    work.add(() -> {
                        List<AuditReceipt> mine = new ArrayList<>();
                        for (int i = 0; i < transactions; i++) {
                            int records = 1 + (thread + i) % 3;
                            mine.addAll(instance.transaction().execute(status -> {
                                List<AuditReceipt> receipts = new ArrayList<>();
                                for (int r = 0; r < records; r++) {
                                    receipts.add(instance.jdbcTrail().append(change(subject)));
                                }
                                return receipts;
                            }));
                            if (i % 7 == thread % 7) {
                                instance.catchUp();
                            }
                        }
                        return mine;
                    });
                }
                List<AuditReceipt> receipts = new ArrayList<>();
                try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                    for (Future<List<AuditReceipt>> done : pool.invokeAll(work)) {
                        receipts.addAll(done.get());
                    }
                }
                instances.forEach(instance -> instance.stop());

                Verification verification = instances.get(0).jdbcTrail().verify();
                assertThat(verification).isInstanceOf(Verification.Intact.class);
                JdbcClient jdbc = JdbcClient.create(one);
                Map<Long, Long> chainedTimes = jdbc.sql("select queue_id, count(*) from audit_entry where subject = :subject group by queue_id")
                        .param("subject", subject)
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                        .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                assertThat(chainedTimes.keySet()).containsExactlyInAnyOrderElementsOf(receipts.stream().map(AuditReceipt::id).toList());
                assertThat(chainedTimes.values()).containsOnly(1L);
                assertThat(jdbc.sql("select count(*) from audit_queue where subject = :subject").param("subject", subject).query(Long.class).single())
                        .isZero();
                List<AuditEntry> entries = instances.get(1).jdbcTrail().entries(AuditFilter.ofSubject(subject), 0, 500).items();
                assertThat(entries).hasSize(receipts.size());
                assertThat(entries).extracting(AuditEntry::sequence).doesNotHaveDuplicates();
            }
        }

        private static HikariDataSource pool(RealPostgres postgres) {
            var pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.jdbcUrl());
            pool.setUsername(postgres.username());
            pool.setPassword(postgres.password());
            pool.setMaximumPoolSize(6);
            return pool;
        }
    }
}
