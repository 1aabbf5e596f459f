package org.entente.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.provenance.Digests;
import org.entente.provenance.Translations;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit chain costs a change, on PostgreSQL: commands per second, each command a correction
 * of one register record in its own transaction, without and with its audit entry appended in the
 * same transaction. Rounds alternate between the two; the medians and their ratio are printed.
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

        private long command;

        /** One command: correct the organization's name (a new version of one row), and, if asked, audit it. */
        private void command(boolean audited) {
            long n = ++command;
            transaction.executeWithoutResult(status -> {
                var organization = new Organization(OrganizationCode.of("BENCH-AUDIT"), "Benchmark organization " + n, "BENCH",
                        List.of(), null, false, List.of("S"), Translations.NONE);
                register.replace(new RegisterContent(organization, List.of(), List.of(), List.of()), clock.instant());
                if (audited) {
                    audit.append(new AuditRecord("benchmark", "secretariat", "BENCH-AUDIT", "benchmark.correct", "organization:BENCH-AUDIT",
                            Digests.sha256("before " + n), Digests.sha256("after " + n), null));
                }
            });
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
            System.out.printf("  with / without: %.2f%n%n", medianWith / medianWithout);
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
