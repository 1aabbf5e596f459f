package org.entente.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.audit.AuditRecord;
import org.entente.audit.Verification;
import org.entente.audit.internal.AuditInstance;
import org.entente.provenance.Digests;
import org.entente.support.Percentiles;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audited writes from one and from three instances on one PostgreSQL: total commands per second. An "instance" here is
 * a connection pool of its own with its own audit trail and sequencer in this JVM (not a separate process: the
 * application's HTTP layer would take most of the machine's two cores and hide the audit trail), with one writer
 * thread each (1 writer against 3), then four each (4 against 12); a command is one transaction that updates the
 * writer's own row and appends its audit record. Each round measures, one after the other: one instance and three, with the audit record queued and chained by the sequencers
 * (as the application does), and the same with every append locking the chain head until its commit (as every append
 * did before, issue 15). The medians are printed, with the delay from acceptance to chaining of the queued records.
 *
 * <p>{@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest='AuditAcrossInstancesBenchmark'}
 */
@Tag("benchmark")
class AuditAcrossInstancesBenchmark {

    private static final int ROUNDS = 5;
    private static final long ROUND_MILLIS = 3_000;
    private static final int WRITERS_PER_INSTANCE = 4;
    private static final int INSTANCES = 3;

    private final AtomicLong commands = new AtomicLong();

    @Test
    void printsCommandsPerSecondWithOneAndWithThreeInstancesWriting() throws Exception {
        RealPostgres postgres = RealPostgres.availableOrSkip();
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "auditscale")) {
            List<HikariDataSource> pools = new ArrayList<>();
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    var pool = new HikariDataSource();
                    pool.setJdbcUrl(database.url());
                    pool.setUsername(postgres.username());
                    pool.setPassword(postgres.password());
                    pool.setMaximumPoolSize(WRITERS_PER_INSTANCE + 2);
                    pools.add(pool);
                }
                Flyway.configure().dataSource(pools.getFirst()).locations("classpath:db/migration").load().migrate();
                JdbcClient admin = JdbcClient.create(pools.getFirst());
                admin.sql("create table bench_counter (writer integer primary key, n bigint not null)").update();
                for (int writer = 0; writer < INSTANCES * WRITERS_PER_INSTANCE; writer++) {
                    admin.sql("insert into bench_counter (writer, n) values (:writer, 0)").param("writer", writer).update();
                }
                List<AuditInstance> instances = pools.stream().map(pool -> AuditInstance.on(pool, Clock.systemUTC())).toList();

                run(instances.subList(0, 1), 1, false); // warm-up
                run(instances, 1, true);
                for (int writers : List.of(1, WRITERS_PER_INSTANCE)) {
                    var queuedOne = new ArrayList<Double>();
                    var queuedThree = new ArrayList<Double>();
                    var lockedOne = new ArrayList<Double>();
                    var lockedThree = new ArrayList<Double>();
                    for (int round = 0; round < ROUNDS; round++) {
                        queuedOne.add(run(instances.subList(0, 1), writers, false));
                        queuedThree.add(run(instances, writers, false));
                        lockedOne.add(run(instances.subList(0, 1), writers, true));
                        lockedThree.add(run(instances, writers, true));
                    }
                    System.out.printf("%nAudited commands on one PostgreSQL, %d writer(s) per instance, %d rounds of %d s each (commands/s):%n",
                            writers, ROUNDS, ROUND_MILLIS / 1000);
                    print("queued, 1 instance ", queuedOne);
                    print("queued, 3 instances", queuedThree);
                    print("head locked to commit (before), 1 instance ", lockedOne);
                    print("head locked to commit (before), 3 instances", lockedThree);
                    System.out.printf("  three instances / one: queued %.2f, head locked %.2f%n", median(queuedThree) / median(queuedOne),
                            median(lockedThree) / median(lockedOne));
                }
                Verification verification = instances.get(1).trail().verify();
                List<Double> delays = admin.sql("select accepted_at, chained_at from audit_entry where queue_id is not null")
                        .query((rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getObject(2, OffsetDateTime.class).toInstant()).toNanos() / 1e6)
                        .list();

                System.out.printf("  queued records, accepted to chained: p50 %.1f ms, p99 %.1f ms (%d records)%n", Percentiles.of(delays, 0.5),
                        Percentiles.of(delays, 0.99), delays.size());
                System.out.printf("  the chain after %d commands: %s%n%n", commands.get(), verification);
                if (!(verification instanceof Verification.Intact)) {
                    throw new AssertionError("the chain is broken: " + verification);
                }
            } finally {
                pools.forEach(HikariDataSource::close);
            }
        }
    }

    /** Commands per second from every writer of {@code instances} for one round. */
    private double run(List<AuditInstance> instances, int writersPerInstance, boolean lockingTheHead) throws InterruptedException {
        if (!lockingTheHead) {
            instances.forEach(AuditInstance::start);
        }
        long end = System.nanoTime() + ROUND_MILLIS * 1_000_000;
        var done = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < instances.size(); i++) {
            AuditInstance instance = instances.get(i);
            for (int w = 0; w < writersPerInstance; w++) {
                int writer = i * WRITERS_PER_INSTANCE + w;
                writers.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        long n = commands.incrementAndGet();
                        instance.transaction().executeWithoutResult(status -> command(instance, writer, n, lockingTheHead));
                        done.incrementAndGet();
                    }
                }));
            }
        }
        for (Thread writer : writers) {
            writer.join();
        }
        double rate = done.get() / ((System.nanoTime() - start) / 1e9);
        instances.forEach(AuditInstance::stop);
        instances.getFirst().catchUp();
        return rate;
    }

    private static void command(AuditInstance instance, int writer, long n, boolean lockingTheHead) {
        instance.jdbc().sql("update bench_counter set n = n + 1 where writer = :writer").param("writer", writer).update();
        var record = new AuditRecord("benchmark", "secretariat", "BENCH", "benchmark.count", "counter:" + writer,
                Digests.sha256("before " + n), Digests.sha256("after " + n), null);
        if (lockingTheHead) {
            instance.appendLockingTheHead(record);
        } else {
            instance.trail().append(record);
        }
    }

    private static void print(String what, List<Double> rates) {
        System.out.printf("  %s: %s, median %.0f%n", what, rates.stream().map(Math::round).toList(), median(rates));
    }

    private static double median(List<Double> values) {
        return Percentiles.of(values, 0.5);
    }
}
