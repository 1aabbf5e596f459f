package org.entente.alerting.internal.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code entente.scheduler.*}: how this instance's scheduler polls the {@code scheduled_tasks} table and tells the other
 * instances it is alive. Every value may be left out; the defaults are below.
 *
 * @param pollingInterval how often it looks for due executions (5 s); a task scheduled for now from this instance runs at
 *        once, without waiting for the next poll
 * @param threads how many executions it runs at the same time (2: the machine is small, and the work is I/O)
 * @param heartbeatInterval how often it writes that an execution it runs is still alive (db-scheduler's 5 min)
 * @param missedHeartbeatsLimit how many heartbeats an execution may miss before another instance takes it as dead and
 *        runs it again (db-scheduler's 6, so 30 min with the default interval)
 * @param shutdownMaxWait how long stopping waits for the executions still running to end (30 s, Spring Boot's graceful
 *        shutdown phase); one still running then is interrupted and taken up again by an instance once its heartbeat is
 *        stale
 * @param name this instance's name in {@code picked_by} (db-scheduler's default: the host name); only shown, never used to
 *        decide anything
 */
@ConfigurationProperties("entente.scheduler")
record SchedulerSettings(Duration pollingInterval, Integer threads, Duration heartbeatInterval, Integer missedHeartbeatsLimit,
                         Duration shutdownMaxWait, String name) {

    SchedulerSettings {
        pollingInterval = positive("polling-interval", pollingInterval, Duration.ofSeconds(5));
        threads = threads == null ? 2 : threads;
        if (threads < 1) {
            throw new IllegalArgumentException("entente.scheduler.threads is at least 1, not " + threads);
        }
        heartbeatInterval = positive("heartbeat-interval", heartbeatInterval, Duration.ofMinutes(5));
        missedHeartbeatsLimit = missedHeartbeatsLimit == null ? 6 : missedHeartbeatsLimit;
        if (missedHeartbeatsLimit < 4) {
            // db-scheduler's own floor: fewer would take a live execution whose heartbeat was late once as dead.
            throw new IllegalArgumentException("entente.scheduler.missed-heartbeats-limit is at least 4, not " + missedHeartbeatsLimit);
        }
        shutdownMaxWait = shutdownMaxWait == null ? Duration.ofSeconds(30) : shutdownMaxWait;
        if (shutdownMaxWait.isNegative()) {
            throw new IllegalArgumentException("entente.scheduler.shutdown-max-wait is not negative: " + shutdownMaxWait);
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** The defaults, as an instance started without any {@code entente.scheduler.*} property has them. */
    static SchedulerSettings defaults() {
        return new SchedulerSettings(null, null, null, null, null, null);
    }

    /** How long an execution's heartbeat may be stale before another instance runs it again. */
    Duration deadAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeatsLimit);
    }

    private static Duration positive(String property, Duration value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!value.isPositive()) {
            throw new IllegalArgumentException("entente.scheduler." + property + " is more than nothing, not " + value);
        }
        return value;
    }
}
