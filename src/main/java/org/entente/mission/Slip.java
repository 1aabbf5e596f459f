package org.entente.mission;

import java.time.Duration;
import java.util.Objects;

/**
 * A milestone reached later than planned (an arrival after its ETA): which, and by how much. Where both moments are
 * exact the size is exact; where either is known only to the day, the size is in whole days (the least the slip can
 * be) and {@link #toTheDay()} says so.
 */
public record Slip(ContingentTimeline.Milestone milestone, Duration size, boolean toTheDay) {

    public Slip {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(size, "size");
        if (size.isNegative() || size.isZero()) {
            throw new IllegalArgumentException("a slip is later than planned, not " + size);
        }
    }
}
