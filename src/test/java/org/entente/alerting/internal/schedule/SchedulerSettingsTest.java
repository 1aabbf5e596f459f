package org.entente.alerting.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The scheduler's settings and the JSON its task data is written in. */
class SchedulerSettingsTest {

    @Test
    void anInstanceWithoutSettingsPollsEveryFiveSecondsOnTwoThreadsWithDbSchedulersHeartbeats() {
        SchedulerSettings defaults = SchedulerSettings.defaults();

        assertThat(defaults.pollingInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.threads()).isEqualTo(2);
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.missedHeartbeatsLimit()).isEqualTo(6);
        assertThat(defaults.deadAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.shutdownMaxWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.name()).isNull();
    }

    @Test
    void refusesSettingsThatWouldStopOrConfuseTheScheduler() {
        assertThatThrownBy(() -> new SchedulerSettings(Duration.ZERO, null, null, null, null, null))
                .hasMessageContaining("entente.scheduler.polling-interval");
        assertThatThrownBy(() -> new SchedulerSettings(null, 0, null, null, null, null))
                .hasMessageContaining("entente.scheduler.threads");
        assertThatThrownBy(() -> new SchedulerSettings(null, null, Duration.ofSeconds(-1), null, null, null))
                .hasMessageContaining("entente.scheduler.heartbeat-interval");
        assertThatThrownBy(() -> new SchedulerSettings(null, null, null, 3, null, null))
                .hasMessageContaining("entente.scheduler.missed-heartbeats-limit");
        assertThatThrownBy(() -> new SchedulerSettings(null, null, null, null, Duration.ofSeconds(-1), null))
                .hasMessageContaining("entente.scheduler.shutdown-max-wait");
    }

    @Test
    void aBlankNameIsNoName() {
        assertThat(new SchedulerSettings(null, null, null, null, null, "  ").name()).isNull();
        assertThat(new SchedulerSettings(null, null, null, null, null, " web-1 ").name()).isEqualTo("web-1");
    }

    record Reminder(String mission, Instant mandateEnds) {
    }

    @Test
    void taskDataIsReadableJsonThatReadsBackAsTheRecordItWas() {
        TaskDataJson json = new TaskDataJson();
        Reminder reminder = new Reminder("CSTO-KAZ-2022", Instant.parse("2022-01-13T00:00:00Z"));

        byte[] bytes = json.serialize(reminder);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"mission\":\"CSTO-KAZ-2022\",\"mandateEnds\":\"2022-01-13T00:00:00Z\"}");
        assertThat(json.deserialize(Reminder.class, bytes)).isEqualTo(reminder);
    }

    @Test
    void aTaskWithoutDataHasNoneInTheTable() {
        TaskDataJson json = new TaskDataJson();

        assertThat(json.serialize(null)).isNull();
        assertThat(json.deserialize(Void.class, null)).isNull();
    }
}
