package org.entente.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the application's background work was doing, in words, for the message of a wait on it that failed (an exercise's
 * inject that never arrived): the executions in {@code scheduled_tasks} and the stacks of this JVM's db-scheduler threads and
 * inject tick, so that a failure seen once in CI says whether an execution was left picked or scheduled far ahead, or a thread
 * was stuck, and where.
 */
public final class ScheduledWorkReport {

    private ScheduledWorkReport() {
    }

    /** The report, read from {@code jdbc}'s database and this JVM's threads now; what could not be read is said instead. */
    public static String now(JdbcClient jdbc) {
        StringBuilder report = new StringBuilder("\nscheduled work at ").append(Instant.now()).append(":\n");
        try {
            jdbc.sql("select task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, last_success, last_failure,"
                    + " consecutive_failures, version from scheduled_tasks order by task_name, task_instance")
                    .query((row, n) -> String.format("  %s/%s next %s picked %s by %s heartbeat %s success %s failure %s (%d in a row) version %d%n",
                            row.getString(1), row.getString(2), row.getObject(3), row.getBoolean(4), row.getString(5), row.getObject(6),
                            row.getObject(7), row.getObject(8), row.getInt(9), row.getLong(10)))
                    .list().forEach(report::append);
        } catch (RuntimeException unread) {
            report.append("  scheduled_tasks unread: ").append(unread).append('\n');
        }
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            if (thread.getThreadName().startsWith("db-scheduler") || thread.getThreadName().equals("exercise-injects")) {
                report.append("  thread ").append(thread.getThreadName()).append(' ').append(thread.getThreadState())
                        .append(thread.getLockName() == null ? "" : " on " + thread.getLockName())
                        .append(thread.getLockOwnerName() == null ? "" : " held by " + thread.getLockOwnerName()).append('\n')
                        .append(Arrays.stream(thread.getStackTrace()).limit(25).map(frame -> "      at " + frame)
                                .collect(Collectors.joining("\n"))).append('\n');
            }
        }
        return report.toString();
    }
}
