package org.entente.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.audit.AuditReceipt;
import org.entente.audit.AuditRecord;
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
 * same transaction (queued, and chained by the application's sequencer in the background). Rounds
 * alternate between the two; the medians and their ratio are printed, and the chaining delay of the
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

        /** One command: correct the organization's name (a new version of one row), and, if asked, audit it. */
        private void command(boolean audited) {
            long n = ++command;
            AuditReceipt receipt = transaction.execute(status -> {
                var organization = new Organization(OrganizationCode.of("BENCH-AUDIT"), "Benchmark organization " + n, "BENCH",
                        List.of(), null, false, List.of("S"), Translations.NONE);
                register.replace(new RegisterContent(organization, List.of(), List.of(), List.of()), clock.instant());
                return audited ? audit.append(new AuditRecord("benchmark", "secretariat", "BENCH-AUDIT", "benchmark.correct", "organization:BENCH-AUDIT",
                        Digests.sha256("before " + n), Digests.sha256("after " + n), null)) : null;
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

        private double commandsPerSecond(boolean audited) {
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
            commandsPerSecond(false); // warm-up
            commandsPerSecond(true);
            var without = new ArrayList<Double>();
            var with = new ArrayList<Double>();
            for (int round = 0; round < ROUNDS; round++) {
                without.add(commandsPerSecond(false));
                with.add(commandsPerSecond(true));
            }
            double medianWithout = median(without);
            double medianWith = median(with);
            System.out.printf("%nAudit cost on PostgreSQL, %d rounds of %d s each, alternating:%n", ROUNDS, ROUND_MILLIS / 1000);
            System.out.printf("  without the audit chain: %s commands/s, median %.0f%n", rounded(without), medianWithout);
            System.out.printf("  with the audit chain:    %s commands/s, median %.0f%n", rounded(with), medianWith);
            System.out.printf("  with / without: %.2f%n", medianWith / medianWithout);
            List<Double> delays = chainingDelays();
            System.out.printf("  chaining delay (commit to chained) of the %d audited commands: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                    delays.size(), Percentiles.of(delays, 0.5), Percentiles.of(delays, 0.99), Percentiles.of(delays, 1.0));
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
