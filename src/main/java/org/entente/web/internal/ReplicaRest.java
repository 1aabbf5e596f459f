package org.entente.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Whether the replica rests: after it failed to give a connection, the primary serves every reader for {@link #RESTING}. */
final class ReplicaRest {

    /** How long the primary serves every reader after the replica failed to give a connection. */
    static final Duration RESTING = Duration.ofSeconds(30);

    private final Clock clock = Clock.systemUTC();
    private volatile Instant until = Instant.MIN;

    boolean resting() {
        return !clock.instant().isAfter(until);
    }

    /** Starts a rest; the instant it ends. */
    Instant begin() {
        until = clock.instant().plus(RESTING);
        return until;
    }
}
