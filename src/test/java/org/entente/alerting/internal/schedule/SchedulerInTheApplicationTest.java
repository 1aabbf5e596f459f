package org.entente.alerting.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The application's own scheduler: one per instance, started once the application is ready, on its database and transactions. */
class SchedulerInTheApplicationTest extends DatabaseTest {

    @Autowired
    private Scheduler scheduler;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theSchedulerIsStartedOnceTheApplicationIsReady() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(scheduler.getSchedulerState().isShuttingDown()).isFalse();
    }

    /**
     * Work scheduled with the change that calls for it is stored with that change or not at all: an execution scheduled
     * in an application transaction that rolls back is never stored, one in a transaction that commits is. (Scheduled a
     * month ahead, under a name no task of the application has, and cancelled at the end: nothing runs.)
     */
    @Test
    void anExecutionScheduledInAnApplicationTransactionIsStoredOnlyIfItCommits() {
        String task = "test-app-" + UUID.randomUUID();
        Instant later = Instant.now().plus(Duration.ofDays(30));
        TaskInstance<Void> rolledBack = new TaskInstance<>(task, "rolled-back");
        TaskInstance<Void> committed = new TaskInstance<>(task, "committed");

        transaction.executeWithoutResult(status -> {
            scheduler.schedule(rolledBack, later);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> scheduler.schedule(committed, later));

        try {
            assertThat(jdbc.sql("select task_instance from scheduled_tasks where task_name = ?").param(task)
                    .query(String.class).list()).containsExactly("committed");
        } finally {
            scheduler.cancel(committed);
        }
    }
}
