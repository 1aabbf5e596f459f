package org.entente.alerting;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a webhook delivery is tried again after a failed attempt. {@link #STANDARD} is the Standard Webhooks example schedule:
 * at once, then after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10, 14, 20 and 24 hours (ten attempts over 75 h 35 min 5 s).
 * Every attempt of one delivery carries the same {@code webhook-id}; the delay is counted from the failed attempt.
 *
 * @param delays the delay before each attempt, the first one's (zero: at once) included
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(
            Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24)));

    public RetrySchedule {
        delays = List.copyOf(Objects.requireNonNull(delays, "delays"));
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule has at least its first attempt");
        }
        if (delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule's delays are not negative: " + delays);
        }
    }

    /** How many attempts a delivery gets in all. */
    public int attempts() {
        return delays.size();
    }

    /**
     * How long after attempt {@code attempt} (counted from 1) failed the next one is made; empty when that was the last, and the
     * delivery has failed.
     */
    public Optional<Duration> next(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1, not " + attempt);
        }
        return attempt < delays.size() ? Optional.of(delays.get(attempt)) : Optional.empty();
    }
}
