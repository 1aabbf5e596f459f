package org.entente.alerting.internal.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events an instance published but did not finish delivering before it died: a starting instance delivers again every
 * publication still incomplete ({@code republish-outstanding-events-on-restart}: other live instances' in flight too), but
 * with several instances the dead one may never come back, nor any other start.
 * So, once per {@code entente.events.resubmit-every} (1 min) across all instances (a db-scheduler task, so never two at
 * once), the publications still incomplete after {@code entente.events.resubmit-older-than} (2 min) are delivered again:
 * far longer than a listener takes (listeners only write rows; sending is the delivery worker's), so what is resubmitted
 * was left by a dead instance, or by a listener that failed. At least once: listeners tolerate a repeat.
 */
@Configuration(proxyBeanMethods = false)
class OutstandingEvents {

    @Bean
    RecurringTask<Void> outstandingEventsTask(IncompleteEventPublications incomplete,
                                              @Value("${entente.events.resubmit-every:PT1M}") Duration every,
                                              @Value("${entente.events.resubmit-older-than:PT2M}") Duration olderThan) {
        return Tasks.recurring("outstanding-events", Schedules.fixedDelay(every))
                .execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(olderThan));
    }
}
