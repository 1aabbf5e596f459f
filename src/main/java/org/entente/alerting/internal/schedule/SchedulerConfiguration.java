package org.entente.alerting.internal.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Scheduled work (digests, webhook retries, mandate-end reminders), run once per schedule across every instance of the
 * application by db-scheduler on the application's own database (table {@code scheduled_tasks}, migration V21).
 *
 * <p>To add scheduled work, declare a bean of one of db-scheduler's task types anywhere in the application, e.g.
 * <pre>{@code
 * @Bean
 * RecurringTask<Void> weeklyDigest(DigestService digests) {
 *     return Tasks.recurring("weekly-digest", Schedules.cron("0 0 7 * * MON", ZoneOffset.UTC))
 *             .execute((instance, context) -> digests.sendTheWeek());
 * }
 * }</pre>
 * Every {@link Task} bean is given to the one {@link Scheduler} this configuration builds; a {@code RecurringTask} is
 * scheduled when the application is ready, a {@code OneTimeTask} runs when it is scheduled through the
 * {@code SchedulerClient} (this {@link Scheduler} bean). See docs/alerting.md, "Scheduled work".
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerSettings.class)
class SchedulerConfiguration {

    /** The instance's scheduler: built at start-up, stopped (its running executions given time to end) at shutdown. */
    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, SchedulerSettings settings) {
        return Schedulers.build(dataSource, tasks.orderedStream().toList(), settings);
    }

    /**
     * Starts polling once the application is ready (migrated, its data loaded, serving), not while the context is still
     * being built: a task may use any bean, and no execution runs on a half-started instance.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
