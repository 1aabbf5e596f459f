package org.entente.provenance.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordedTimeTest {

    private static final Instant PREVIOUS = Instant.parse("2026-11-25T10:00:00.000005Z");

    @Test
    void aFirstWriteIsRecordedAtTheClockToTheMicrosecond() {
        assertThat(RecordedTime.after(null, Instant.parse("2026-11-25T10:00:00.123456789Z"))).isEqualTo(Instant.parse("2026-11-25T10:00:00.123456Z"));
    }

    @Test
    void aLaterClockIsTaken() {
        assertThat(RecordedTime.after(PREVIOUS, Instant.parse("2026-11-25T10:00:01Z"))).isEqualTo(Instant.parse("2026-11-25T10:00:01Z"));
    }

    @Test
    void aClockNotLaterThanThePreviousWriteGivesOneMicrosecondAfterIt() {
        assertThat(RecordedTime.after(PREVIOUS, PREVIOUS)).isEqualTo(Instant.parse("2026-11-25T10:00:00.000006Z"));
        assertThat(RecordedTime.after(PREVIOUS, Instant.parse("2026-11-25T09:00:00Z"))).isEqualTo(Instant.parse("2026-11-25T10:00:00.000006Z"));
        assertThat(RecordedTime.after(PREVIOUS, Instant.parse("2026-11-25T10:00:00.000005999Z"))).isEqualTo(Instant.parse("2026-11-25T10:00:00.000006Z"));
    }
}
