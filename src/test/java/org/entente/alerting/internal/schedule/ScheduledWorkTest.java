package org.entente.alerting.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work as the application builds it ({@link Schedulers#build}), on a database of its own migrated by the
 * application's Flyway migrations: on H2 (in memory, {@code MODE=Regular}) and on a real PostgreSQL. Several schedulers
 * on one database stand for several instances of the application; each execution is counted where it ran.
 */
class ScheduledWorkTest {

    @Nested
    class OnH2 extends Checks {
        @Override
        Database database(String sessionZone) {
            return Database.migrated("jdbc:h2:mem:sched-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", sessionZone, () -> { });
        }
    }

    @Nested
    class OnPostgres extends Checks {
        private final RealPostgres postgres = RealPostgres.availableOrSkip();

        @Override
        Database database(String sessionZone) throws Exception {
            ScratchDatabase scratch = ScratchDatabase.create(postgres, "sched");
            return Database.migrated(scratch.url(), postgres.username(), postgres.password(), sessionZone, scratch::close);
        }

        /**
         * An instance killed (SIGKILL) while it runs an execution: a separate JVM claims it and is killed; the execution's
         * heartbeat then goes stale, and the instance left takes it as dead and runs it again, once.
         */
        @Test
        void anExecutionOfAnInstanceKilledWhileRunningItIsRunByAnother() throws Exception {
            try (Database database = database()) {
                Map<String, List<Instant>> runs = new ConcurrentHashMap<>();
                OneTimeTask<Void> report = SchedulerInstanceProcess.recording(runs);
                Scheduler survivor = scheduler(database, "instance-b", report);
                survivor.schedule(report.instance("report-1"), Instant.now());

                Path log = Files.createTempFile("entente-scheduler-", ".log");
                Process killed = SchedulerInstanceProcess.start(database.url(), postgres.username(), postgres.password(), "instance-a", log);
                try {
                    await("the other instance claims the execution").atMost(Duration.ofSeconds(60)).until(() ->
                            database.jdbc().sql("select count(*) from scheduled_tasks where picked and picked_by = 'instance-a'")
                                    .query(Long.class).single() == 1);
                    killed.destroyForcibly();
                    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(137);
                } finally {
                    killed.destroyForcibly();
                    Files.deleteIfExists(log);
                }
                Instant lastHeartbeat = database.jdbc().sql("select last_heartbeat from scheduled_tasks where task_name = ?")
                        .param(report.getName()).query(OffsetDateTime.class).single().toInstant();

                start(survivor);

                await("the execution is run again, and completes").atMost(Duration.ofSeconds(30))
                        .until(() -> runs.containsKey("report-1") && rows(database, report) == 0);
                assertThat(runs.get("report-1")).as("run once by the survivor").hasSize(1);
                assertThat(runs.get("report-1").getFirst()).as("once the killed instance's heartbeat was stale")
                        .isAfterOrEqualTo(lastHeartbeat.plus(FAST_DEAD_AFTER));
            }
        }
    }

    /** The checks, run on each database. */
    abstract static class Checks {

        /** A new database, migrated; its sessions in {@code sessionZone} (a time zone's id), or in the JVM's when null. */
        abstract Database database(String sessionZone) throws Exception;

        final Database database() throws Exception {
            return database(null);
        }

        @Test
        void aRecurringTaskRunsOnItsSchedule() throws Exception {
            try (Database database = database()) {
                AtomicInteger runs = new AtomicInteger();
                RecurringTask<Void> every200ms = Tasks.recurring("test-recurring", Schedules.fixedDelay(Duration.ofMillis(200)))
                        .execute((instance, context) -> runs.incrementAndGet());

                start(scheduler(database, "instance-a", every200ms));

                await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 3);
                assertThat(database.jdbc().sql("select count(*) from scheduled_tasks where task_name = 'test-recurring'")
                        .query(Long.class).single()).as("one row, the next execution").isEqualTo(1);
            }
        }

        @Test
        void aOneTimeTaskScheduledForNowRunsOnceWithItsData() throws Exception {
            try (Database database = database()) {
                Map<Greeting, AtomicInteger> runs = new ConcurrentHashMap<>();
                OneTimeTask<Greeting> greet = Tasks.oneTime("test-greet", Greeting.class)
                        .execute((instance, context) -> runs.computeIfAbsent(instance.getData(), g -> new AtomicInteger()).incrementAndGet());
                Scheduler scheduler = start(scheduler(database, "instance-a", greet));
                Greeting greeting = new Greeting("Сәлем, Алматы", Instant.parse("2022-01-06T10:00:00Z"));

                scheduler.schedule(greet.instance("greeting-1", greeting), Instant.now());

                await().atMost(Duration.ofSeconds(30)).until(() -> runs.containsKey(greeting) && rows(database, greet) == 0);
                assertThat(runs).containsOnlyKeys(greeting);
                assertThat(runs.get(greeting)).as("run once, and its row gone, so never again").hasValue(1);
            }
        }

        @Test
        void eachOneTimeExecutionRunsOnceAcrossTwoInstances() throws Exception {
            try (Database database = database()) {
                Map<String, List<String>> ranOn = new ConcurrentHashMap<>();
                Scheduler a = start(scheduler(database, "instance-a", delivery("instance-a", ranOn)));
                start(scheduler(database, "instance-b", delivery("instance-b", ranOn)));

                OneTimeTask<Void> deliver = delivery("test", ranOn);
                List<TaskInstance<?>> deliveries = IntStream.range(0, 200).<TaskInstance<?>>mapToObj(i -> deliver.instance("delivery-" + i)).toList();
                a.scheduleBatch(deliveries, Instant.now());

                await().atMost(Duration.ofSeconds(60)).until(() -> ranOn.size() == 200 && rows(database, deliver) == 0);
                assertThat(ranOn.values()).as("each delivery ran once").allSatisfy(instances -> assertThat(instances).hasSize(1));
                assertThat(ranOn.values().stream().map(List::getFirst).distinct())
                        .as("both instances ran deliveries").containsExactlyInAnyOrder("instance-a", "instance-b");
            }
        }

        @Test
        void eachRecurringExecutionRunsOnceAcrossTwoInstances() throws Exception {
            try (Database database = database()) {
                Map<Instant, List<String>> ranAt = new ConcurrentHashMap<>();
                start(scheduler(database, "instance-a", tick("instance-a", ranAt)));
                start(scheduler(database, "instance-b", tick("instance-b", ranAt)));

                await().atMost(Duration.ofSeconds(60)).until(() -> ranAt.size() >= 20);
                database.stopSchedulers();
                assertThat(ranAt.values()).as("each execution time ran once, on one instance").allSatisfy(instances -> assertThat(instances).hasSize(1));
            }
        }

        /** Stopping an instance (the application shutting down) lets the execution it is running end, and end well. */
        @Test
        void stoppingWaitsForTheRunningExecutionToEnd() throws Exception {
            try (Database database = database()) {
                CountDownLatch running = new CountDownLatch(1);
                AtomicInteger ended = new AtomicInteger();
                OneTimeTask<Void> slow = Tasks.oneTime("test-slow").execute((instance, context) -> {
                    running.countDown();
                    pause(Duration.ofMillis(500));
                    ended.incrementAndGet();
                });
                Scheduler scheduler = start(scheduler(database, "instance-a", slow));
                scheduler.schedule(slow.instance("slow-1"), Instant.now());
                assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

                scheduler.stop();

                assertThat(ended).as("the execution ended before stop returned").hasValue(1);
                assertThat(rows(database, slow)).as("and was marked done").isZero();
            }
        }

        @Test
        void anExecutionScheduledInATransactionThatRollsBackIsNeverStored() throws Exception {
            try (Database database = database()) {
                OneTimeTask<Void> remind = Tasks.oneTime("test-remind").execute((instance, context) -> { });
                Scheduler scheduler = scheduler(database, "instance-a", remind);
                TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
                Instant later = Instant.now().plus(Duration.ofDays(30));

                transaction.executeWithoutResult(status -> {
                    scheduler.schedule(remind.instance("rolled-back"), later);
                    status.setRollbackOnly();
                });
                transaction.executeWithoutResult(status -> scheduler.schedule(remind.instance("committed"), later));

                assertThat(database.jdbc().sql("select task_instance from scheduled_tasks where task_name = 'test-remind'")
                        .query(String.class).list()).containsExactly("committed");
            }
        }

        /**
         * The instant an execution is scheduled for is the instant stored, whatever the database session's time zone (here
         * Almaty's, five hours east of UTC): db-scheduler's "always UTC" setting would, on H2, store it five hours early.
         */
        @Test
        void storesTheInstantAnExecutionIsScheduledForWhateverTheSessionsTimeZone() throws Exception {
            try (Database database = database("Asia/Almaty")) {
                OneTimeTask<Void> remind = Tasks.oneTime("test-remind").execute((instance, context) -> { });
                Instant mandateEnds = Instant.parse("2099-01-13T00:00:00Z");

                scheduler(database, "instance-a", remind).schedule(remind.instance("mandate"), mandateEnds);

                assertThat(database.jdbc().sql("select execution_time from scheduled_tasks where task_name = 'test-remind'")
                        .query(OffsetDateTime.class).single().toInstant()).isEqualTo(mandateEnds);
            }
        }

        Scheduler start(Scheduler scheduler) {
            scheduler.start();
            return scheduler;
        }
    }

    /** A task's data, written to the table as JSON. */
    record Greeting(String text, Instant at) {
    }

    /** How long the test schedulers' executions may go without a heartbeat before they count as dead. */
    static final Duration FAST_DEAD_AFTER = Duration.ofMillis(500).multipliedBy(4);

    /** Settings for tests: quick polls and heartbeats, so that nothing waits long. */
    static SchedulerSettings fast(String name) {
        return new SchedulerSettings(Duration.ofMillis(100), 2, Duration.ofMillis(500), 4, Duration.ofSeconds(5), name);
    }

    /** A scheduler on {@code database}, not yet started; stopped before the database is closed. */
    static Scheduler scheduler(Database database, String name, Task<?>... tasks) {
        Scheduler scheduler = Schedulers.build(database.dataSource(), List.of(tasks), fast(name));
        database.schedulers().add(scheduler);
        return scheduler;
    }

    /** Instance {@code instance}'s one-time task "test-deliver": records, per task instance, the instances that ran it. */
    static OneTimeTask<Void> delivery(String instance, Map<String, List<String>> ranOn) {
        return Tasks.oneTime("test-deliver").execute((execution, context) -> {
            ranOn.computeIfAbsent(execution.getId(), id -> new CopyOnWriteArrayList<>()).add(instance);
            pause(Duration.ofMillis(5));
        });
    }

    /** Instance {@code instance}'s recurring task "test-tick", every 100 ms: records, per execution time, the instances that ran it. */
    static RecurringTask<Void> tick(String instance, Map<Instant, List<String>> ranAt) {
        return Tasks.recurring("test-tick", Schedules.fixedDelay(Duration.ofMillis(100))).execute((execution, context) ->
                ranAt.computeIfAbsent(context.getExecution().executionTime, time -> new CopyOnWriteArrayList<>()).add(instance));
    }

    static long rows(Database database, Task<?> task) {
        return database.jdbc().sql("select count(*) from scheduled_tasks where task_name = ?").param(task.getName())
                .query(Long.class).single();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A database of the test's own, migrated by the application's migrations, with a small pool, and the schedulers on it. */
    record Database(String url, HikariDataSource dataSource, AutoCloseable dropped, List<Scheduler> schedulers) implements AutoCloseable {

        static Database migrated(String url, String username, String password, String sessionZone, AutoCloseable dropped) {
            HikariDataSource pool = new HikariDataSource();
            if (sessionZone != null) {
                pool.setConnectionInitSql("set time zone '" + sessionZone + "'"); // the same statement in H2 and PostgreSQL
            }
            pool.setJdbcUrl(url);
            pool.setUsername(username);
            pool.setPassword(password);
            pool.setMaximumPoolSize(8);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(url, pool, dropped, new CopyOnWriteArrayList<>());
        }

        JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        void stopSchedulers() {
            schedulers.stream().filter(scheduler -> !scheduler.getSchedulerState().isShuttingDown()).forEach(Scheduler::stop);
        }

        @Override
        public void close() throws Exception {
            stopSchedulers();
            dataSource.close();
            dropped.close();
        }
    }
}
