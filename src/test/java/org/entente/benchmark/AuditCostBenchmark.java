package org.entente.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.entente.audit.AuditReceipt;
import org.entente.audit.AuditRecord;
import org.entente.audit.internal.AuditInstance;
import org.entente.audit.AuditTrail;
import org.entente.provenance.Digests;
import org.entente.provenance.Translations;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.support.DatabaseTest;
import org.entente.support.Percentiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit chain costs a change, on PostgreSQL: commands per second, each command a correction
 * of one register record in its own transaction, without and with its audit record appended in the
 * same transaction (queued, and chained by the application's sequencer in the background), and, for
 * comparison in the same run, with the audit entry appended as before issue 15 (the chain head locked
 * from the append to the commit). Rounds alternate between the three; the medians and their ratio are printed, and the chaining delay of the
 * audited commands: from the command's commit to the start of the sequencer's batch that chained its
 * record ({@code audit_entry.chained_at}), p50 and p99.
 *
 * <p>{@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest='AuditCostBenchmark*'}
 */
@Tag("benchmark")
class AuditCostBenchmark {

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends DatabaseTest {

        private static final int ROUNDS = 7;
        private static final long ROUND_MILLIS = 3_000;

        @Autowired
        private Register register;

        @Autowired
        private AuditTrail audit;

        @Autowired
        private TransactionTemplate transaction;

        @Autowired
        private Clock clock;

        @Autowired
        private JdbcClient jdbc;

        private long command;

        /** Each audited command's queue id and the instant its transaction had committed. */
        private final Map<Long, Instant> committed = new HashMap<>();

        @Autowired
        private DataSource dataSource;

        /** How a command is audited. */
        private enum Audit { NONE, QUEUED, HEAD_LOCKED }

        /** For the "before": every append locking the chain head until its commit, as before issue 15, on the application's database. */
        private AuditInstance before;

        /** One command: correct the organization's name (a new version of one row), and audit it as asked. */
        private void command(Audit audited) {
            long n = ++command;
            AuditReceipt receipt = transaction.execute(status -> {
                var organization = new Organization(OrganizationCode.of("BENCH-AUDIT"), "Benchmark organization " + n, "BENCH",
                        List.of(), null, false, List.of("S"), Translations.NONE);
                register.replace(new RegisterContent(organization, List.of(), List.of(), List.of()), clock.instant());
                var record = new AuditRecord("benchmark", "secretariat", "BENCH-AUDIT", "benchmark.correct", "organization:BENCH-AUDIT",
                        Digests.sha256("before " + n), Digests.sha256("after " + n), null);
                return switch (audited) {
                    case NONE -> null;
                    case QUEUED -> audit.append(record);
                    case HEAD_LOCKED -> {
                        before.appendLockingTheHead(record);
                        yield null;
                    }
                };
            });
            if (receipt != null) {
                committed.put(receipt.id(), clock.instant());
            }
        }

        /** Commit to chained, in milliseconds, for every audited command (0 where the batch began before the commit was observed). */
        private List<Double> chainingDelays() {
            audit.entry(1); // any read chains what is still queued
            var delays = new ArrayList<Double>();
            List<Long> ids = new ArrayList<>(committed.keySet());
            for (int from = 0; from < ids.size(); from += 1_000) {
                jdbc.sql("select queue_id, chained_at from audit_entry where queue_id in (:ids)")
                        .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                        .query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                        .list()
                        .forEach(chained -> delays.add(Math.max(0, Duration.between(committed.get(chained.getKey()), chained.getValue()).toNanos() / 1e6)));
            }
            if (delays.size() != ids.size()) {
                throw new AssertionError(delays.size() + " of " + ids.size() + " audited commands chained");
            }
            return delays;
        }

        private double commandsPerSecond(Audit audited) {
            long start = System.nanoTime();
            long end = start + ROUND_MILLIS * 1_000_000;
            int done = 0;
            while (System.nanoTime() < end) {
                command(audited);
                done++;
            }
            return done / ((System.nanoTime() - start) / 1e9);
        }

        @Test
        void printsCommandsPerSecondWithAndWithoutTheAuditChain() {
            before = AuditInstance.on(dataSource, clock);
            for (Audit audited : Audit.values()) {
                commandsPerSecond(audited); // warm-up
            }
            var rates = new java.util.EnumMap<Audit, List<Double>>(Audit.class);
            for (int round = 0; round < ROUNDS; round++) {
                for (Audit audited : Audit.values()) {
                    rates.computeIfAbsent(audited, a -> new ArrayList<>()).add(commandsPerSecond(audited));
                }
            }
            double without = median(rates.get(Audit.NONE));
            System.out.printf("%nAudit cost on PostgreSQL, %d rounds of %d s each, alternating:%n", ROUNDS, ROUND_MILLIS / 1000);
            System.out.printf("  without the audit chain:                      %s commands/s, median %.0f%n", rounded(rates.get(Audit.NONE)), without);
            System.out.printf("  with the audit chain (queued, chained apart): %s commands/s, median %.0f%n", rounded(rates.get(Audit.QUEUED)),
                    median(rates.get(Audit.QUEUED)));
            System.out.printf("  with the head locked to commit (before):      %s commands/s, median %.0f%n", rounded(rates.get(Audit.HEAD_LOCKED)),
                    median(rates.get(Audit.HEAD_LOCKED)));
            System.out.printf("  with / without: %.2f (before: %.2f)%n", median(rates.get(Audit.QUEUED)) / without, median(rates.get(Audit.HEAD_LOCKED)) / without);
            List<Double> delays = chainingDelays();
            System.out.printf("  chaining delay (commit to chained) of the %d queued commands: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                    delays.size(), Percentiles.of(delays, 0.5), Percentiles.of(delays, 0.99), Percentiles.of(delays, 1.0));
            if (!(audit.verify() instanceof org.entente.audit.Verification.Intact)) {
                throw new AssertionError("the chain is broken: " + audit.verify());
            }
        }

        private static double median(List<Double> values) {
            var sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        private static List<Long> rounded(List<Double> values) {
            return values.stream().map(Math::round).toList();
        }
    }
}
