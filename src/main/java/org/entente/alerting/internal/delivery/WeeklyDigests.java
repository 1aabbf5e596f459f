package org.entente.alerting.internal.delivery;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.access.People;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.alerting.internal.digest.IsoWeek;
import org.entente.alerting.internal.digest.WeeklyDigestService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest by mail: every Monday at 06:00 UTC (by default; {@code entente.alerting.weekly-digest-cron}, a Spring-style
 * cron expression with seconds, in UTC), one delivery per
 * subscriber of an organization's weekly digest and that organization, for the last complete week, through the outbox. The
 * delivery's id is the week's, so however often the schedule fires (db-scheduler runs it once across instances; a crash
 * may run it again) a subscriber gets one digest a week. What the mail says is the week as the subscriber may read it when
 * it is sent (see {@link AlertMail}).
 */
@Component
public class WeeklyDigests {

    private final JdbcSubscriptions subscriptions;
    private final JdbcDeliveries deliveries;
    private final DeliveryWorker worker;
    private final People people;
    private final Clock clock;

    WeeklyDigests(JdbcSubscriptions subscriptions, JdbcDeliveries deliveries, DeliveryWorker worker, People people, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.worker = worker;
        this.people = people;
        this.clock = clock;
    }

    /** The digest of {@code week} of every organization that has subscribers, queued for each of them once; the number queued now. */
    @Transactional
    public int queue(IsoWeek week) {
        record Subscriber(String username, String organization) {
        }
        Set<Subscriber> subscribers = new LinkedHashSet<>();
        subscriptions.all(Subscription.Channel.WEEKLY_DIGEST).forEach(s -> subscribers.add(new Subscriber(s.username(), s.organization())));
        int queued = 0;
        for (Subscriber subscriber : subscribers) {
            if (subscriptions.contact(subscriber.username()).isPresent() && people.actor(subscriber.username()).isPresent()) {
                queued += deliveries.add(alert(subscriber.organization(), week), Delivery.Via.EMAIL, subscriber.username(), clock.instant()) ? 1 : 0;
            }
        }
        if (queued > 0) {
            worker.wakeAfterCommit();
        }
        return queued;
    }

    /** The week's digest of the organization as an alert: its id the organization's and the week's, its page the digest's. */
    static Alert alert(String organization, IsoWeek week) {
        return new Alert(AlertKind.WEEKLY_DIGEST, organization, "digests/" + week, "/organizations/" + organization + "/digest?week=" + week,
                week.end(), ReleaseMarking.PUBLIC, List.of(), null, null, Map.of("week", week.toString()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> weeklyDigestTask(WeeklyDigests digests, WeeklyDigestService weeks,
                                         @Value("${entente.alerting.weekly-digest-cron:0 0 6 * * MON}") String cron) {
            return Tasks.recurring("weekly-digest", Schedules.cron(cron, ZoneOffset.UTC))
                    .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(10)))
                    .execute((instance, context) -> digests.queue(weeks.lastCompleteWeek()));
        }
    }
}
