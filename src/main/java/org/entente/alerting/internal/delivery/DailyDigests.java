package org.entente.alerting.internal.delivery;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.alerting.internal.digest.IsoWeek;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest by mail: every day at 06:00 UTC (by default; {@code entente.alerting.daily-digest-cron}), for each
 * subscriber with entries held for their daily digest, one mail through the outbox with every entry of an organization that
 * happened before the day's end, the entries marked included in it in the same transaction. The mail's id is the
 * organization's and the day's, so a subscriber gets one digest a day per organization however often the task runs; an
 * entry held after its day's mail was queued goes in the next one.
 */
@Component
public class DailyDigests {

    private final JdbcDeliveries deliveries;
    private final DeliveryWorker worker;
    private final Clock clock;

    DailyDigests(JdbcDeliveries deliveries, DeliveryWorker worker, Clock clock) {
        this.deliveries = deliveries;
        this.worker = worker;
        this.clock = clock;
    }

    /** The digests of {@code day} (its entries and any earlier still held), queued; the number of mails queued now. */
    @Transactional
    public int queue(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int queued = 0;
        for (Map.Entry<String, String> held : deliveries.heldBefore(end)) {
            Alert digest = alert(held.getValue(), day);
            if (deliveries.add(digest, Delivery.Via.EMAIL, held.getKey(), clock.instant())) {
                deliveries.include(held.getKey(), held.getValue(), end, digest.messageId(), clock.instant());
                queued++;
            }
        }
        if (queued > 0) {
            worker.wakeAfterCommit();
        }
        return queued;
    }

    /** The day's digest of the organization as an alert: its id the organization's and the day's, its page the week's digest. */
    static Alert alert(String organization, LocalDate day) {
        return new Alert(AlertKind.DAILY_DIGEST, organization, "digests/" + day, "/organizations/" + organization + "/digest?week=" + IsoWeek.containing(day),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ReleaseMarking.PUBLIC, List.of(), null, null, Map.of("day", day.toString()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dailyDigestTask(DailyDigests digests, Clock clock, @Value("${entente.alerting.daily-digest-cron:0 0 6 * * *}") String cron) {
            return Tasks.recurring("daily-digest", Schedules.cron(cron, ZoneOffset.UTC))
                    .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(10)))
                    .execute((instance, context) -> digests.queue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1)));
        }
    }
}
