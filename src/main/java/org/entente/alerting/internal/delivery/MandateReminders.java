package org.entente.alerting.internal.delivery;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.mission.Contingent;
import org.entente.mission.MandateClock;
import org.entente.mission.Mission;
import org.entente.mission.Missions;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders that a mission's mandate ends soon: every day at 06:00 UTC (by default; {@code entente.alerting.mandate-reminder-cron}),
 * for every mission not over whose mandate (with its extensions) ends within {@code entente.alerting.mandate-notice-days} (14)
 * days, one {@code mandate_ending} alert to its subscribers and webhooks. The alert is dated when the notice period began and
 * names the end, so a mandate end is told once however many days (and instances) the task runs; an extension is a new end,
 * told again.
 */
@Component
public class MandateReminders {

    private final Register register;
    private final Missions missions;
    private final AlertOutbox outbox;
    private final Clock clock;
    private final int noticeDays;

    MandateReminders(Register register, Missions missions, AlertOutbox outbox, Clock clock,
                     @Value("${entente.alerting.mandate-notice-days:14}") int noticeDays) {
        if (noticeDays < 1) {
            throw new IllegalArgumentException("entente.alerting.mandate-notice-days is at least 1, not " + noticeDays);
        }
        this.register = register;
        this.missions = missions;
        this.outbox = outbox;
        this.clock = clock;
        this.noticeDays = noticeDays;
    }

    /** The reminders due on {@code today}, written to the outbox; the number of deliveries written now. */
    @Transactional
    public int remind(LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        for (Organization organization : register.organizations(clock.instant())) {
            for (Mission mission : missions.all(organization.code())) {
                MandateClock mandate = mission.clock(today);
                boolean over = mission.history().stream().anyMatch(state -> state.status().isFinal() && !state.step().on().date().isAfter(today));
                if (!over && mandate.daysToEnd() != null && mandate.daysToEnd() >= 0 && mandate.daysToEnd() <= noticeDays) {
                    alerts.add(alert(mission, today.plusDays(mandate.daysToEnd())));
                }
            }
        }
        return outbox.deliver(alerts);
    }

    private Alert alert(Mission mission, LocalDate end) {
        String organization = mission.organization().value();
        return new Alert(AlertKind.MANDATE_ENDING, organization, "missions/" + mission.id(), "/organizations/" + organization + "/missions/" + mission.id(),
                end.minusDays(noticeDays).atStartOfDay(ZoneOffset.UTC).toInstant(), ReleaseMarking.PUBLIC,
                mission.contingents().stream().map(Contingent::state).map(state -> state.value()).distinct().sorted().toList(),
                mission.host().value(), mission.id(), Map.of("ends", end.toString()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> mandateReminderTask(MandateReminders reminders, Clock clock,
                                             @Value("${entente.alerting.mandate-reminder-cron:0 0 6 * * *}") String cron) {
            return Tasks.recurring("mandate-reminders", Schedules.cron(cron, ZoneOffset.UTC))
                    .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(10)))
                    .execute((instance, context) -> reminders.remind(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        }
    }
}
