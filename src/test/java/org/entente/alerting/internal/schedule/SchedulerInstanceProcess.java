package org.entente.alerting.internal.schedule;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another instance of the application, as far as scheduled work goes: a JVM of its own (this JVM's java and class path)
 * running a scheduler built by {@link Schedulers#build} on a given database, whose one task, "test-report", claims its
 * execution and then hangs until the process is killed.
 */
final class SchedulerInstanceProcess {

    static final String TASK = "test-report";

    private SchedulerInstanceProcess() {
    }

    /** The task as the instance that survives runs it: recording when it ran, per task instance. */
    static OneTimeTask<Void> recording(Map<String, List<Instant>> runs) {
        return Tasks.oneTime(TASK).execute((instance, context) ->
                runs.computeIfAbsent(instance.getId(), id -> new CopyOnWriteArrayList<>()).add(Instant.now()));
    }

    /** The task as the instance to be killed runs it: it never ends. */
    private static OneTimeTask<Void> hanging() {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            while (true) {
                ScheduledWorkTest.pause(java.time.Duration.ofHours(1));
            }
        });
    }

    /** Starts the instance named {@code name} on the database at {@code url}; its output goes to {@code log}. */
    static Process start(String url, String username, String password, String name, Path log) throws IOException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
                SchedulerInstanceProcess.class.getName(), url, username, password, name);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    public static void main(String[] args) throws InterruptedException {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(args[0]);
        pool.setUsername(args[1]);
        pool.setPassword(args[2]);
        pool.setMaximumPoolSize(4);
        Schedulers.build(pool, List.of(hanging()), ScheduledWorkTest.fast(args[3])).start();
        Thread.currentThread().join();
    }
}
