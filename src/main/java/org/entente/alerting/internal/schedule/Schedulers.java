package org.entente.alerting.internal.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Builds an instance's db-scheduler {@link Scheduler}: one way for the application (one per instance, see
 * {@link SchedulerConfiguration}) and for the tests that run several "instances" on one database.
 */
final class Schedulers {

    private Schedulers() {
    }

    /**
     * A scheduler, not yet started, on the {@code scheduled_tasks} table of {@code dataSource}'s database, running
     * {@code tasks}: those that schedule themselves on start ({@code RecurringTask}s) are scheduled when it starts, unless
     * another instance already did; the others ({@code OneTimeTask}s) run when something schedules an instance of them.
     *
     * <p>The data source is wrapped so that scheduling an execution joins the Spring transaction of the caller, if there
     * is one: an execution scheduled in a transaction that rolls back is never run.
     */
    static Scheduler build(DataSource dataSource, List<? extends Task<?>> tasks, SchedulerSettings settings) {
        SchedulerDatabase database = SchedulerDatabase.of(dataSource);
        DataSource transactional = dataSource instanceof TransactionAwareDataSourceProxy ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
        List<Task<?>> onStartup = tasks.stream().<Task<?>>map(task -> task).filter(OnStartup.class::isInstance).toList();
        List<Task<?>> others = tasks.stream().<Task<?>>map(task -> task).filter(task -> !(task instanceof OnStartup)).toList();
        requireDistinctNames(tasks);
        SchedulerBuilder builder = Scheduler.create(transactional, others)
                .jdbcCustomization(database.customization())
                .serializer(new TaskDataJson())
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .enableImmediateExecution();
        withStartTasks(builder, onStartup);
        if (settings.name() != null) {
            builder.schedulerName(new SchedulerName.Fixed(settings.name()));
        }
        return database.polling(builder).build();
    }

    /** db-scheduler's {@code startTasks} takes tasks that are both {@code Task} and {@code OnStartup}, a type Java cannot name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void withStartTasks(SchedulerBuilder builder, List<Task<?>> onStartup) {
        builder.startTasks((List) onStartup);
    }

    private static void requireDistinctNames(List<? extends Task<?>> tasks) {
        Set<String> names = new HashSet<>();
        for (Task<?> task : tasks) {
            if (!names.add(task.getName())) {
                throw new IllegalStateException("Two scheduled tasks are named " + task.getName()
                        + ": a task's name identifies its executions in scheduled_tasks, so each is unique");
            }
        }
    }
}
