package org.entente.provenance.history;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant to record a write at: the clock's, at the microsecond precision both databases keep,
 * or one microsecond after the previous write if the clock is not later (another instance's clock
 * may be ahead), so recorded instants only ever increase.
 */
public final class RecordedTime {

    private RecordedTime() {
    }

    /** The clock's instant, to the microsecond both databases keep, so that what a command wrote at it reads back the same. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant after(Instant previous, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return previous != null && !at.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : at;
    }
}
