package org.entente.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    /** The "time since start" column of the example retry schedule in the Standard Webhooks specification (1.0.0). */
    private static final List<String> SINCE_START = List.of(
            "00:00:00", "00:00:05", "00:05:05", "00:35:05", "02:35:05", "07:35:05", "17:35:05", "31:35:05", "51:35:05", "75:35:05");

    private static Duration hms(String text) {
        String[] parts = text.split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1])).plusSeconds(Long.parseLong(parts[2]));
    }

    @Test
    void triesAtTheTimesSinceStartTheSpecificationLists() {
        List<Duration> times = new ArrayList<>(List.of(Duration.ZERO));
        int attempt = 1;
        for (Optional<Duration> next = RetrySchedule.STANDARD.next(attempt); next.isPresent(); next = RetrySchedule.STANDARD.next(++attempt)) {
            times.add(times.getLast().plus(next.get()));
        }

        assertThat(times).containsExactlyElementsOf(SINCE_START.stream().map(RetryScheduleTest::hms).toList());
    }

    @Test
    void triesFiveSecondsAfterTheFirstFailure() {
        assertThat(RetrySchedule.STANDARD.next(1)).contains(Duration.ofSeconds(5));
    }

    @Test
    void givesUpAfterTheTenthAttempt() {
        assertThat(RetrySchedule.STANDARD.attempts()).isEqualTo(10);
        assertThat(RetrySchedule.STANDARD.next(9)).contains(Duration.ofHours(24));
        assertThat(RetrySchedule.STANDARD.next(10)).isEmpty();
        assertThat(RetrySchedule.STANDARD.next(11)).isEmpty();
    }

    @Test
    void countsAttemptsFromOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetrySchedule.STANDARD.next(0));
    }

    @Test
    void refusesANegativeDelay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(-1))));
    }

    @Test
    void aScheduleOfOneAttemptNeverRetries() {
        assertThat(new RetrySchedule(List.of(Duration.ZERO)).next(1)).isEmpty();
    }
}
