package org.entente.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.entente.register.PartialDate;

/**
 * When something on a contingent's timeline happened or was planned to: an exact instant (an order given in
 * Entente, an ETA from the force package), or a day where the sources give only the day (or less).
 */
public sealed interface Moment {

    /** The first day (in {@code zone}) this moment may fall on. */
    LocalDate earliestDay(ZoneId zone);

    /** The last day (in {@code zone}) this moment may fall on. */
    LocalDate latestDay(ZoneId zone);

    /**
     * Whether this moment certainly comes before {@code other}: compared as instants where both are exact; otherwise as
     * days, with a day's grace, since an instant's day depends on the time zone and a moment knows none.
     */
    default boolean isCertainlyBefore(Moment other) {
        if (this instanceof At(var a) && other instanceof At(var b)) {
            return a.isBefore(b);
        }
        return latestDay(ZoneOffset.UTC).isBefore(other.earliestDay(ZoneOffset.UTC).minusDays(1));
    }

    /** An exact instant. */
    record At(Instant instant) implements Moment {
        public At {
            Objects.requireNonNull(instant, "instant");
        }

        @Override
        public LocalDate earliestDay(ZoneId zone) {
            return LocalDate.ofInstant(instant, zone);
        }

        @Override
        public LocalDate latestDay(ZoneId zone) {
            return LocalDate.ofInstant(instant, zone);
        }
    }

    /** A day, month or year, as precisely as the sources give it. */
    record On(PartialDate date) implements Moment {
        public On {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDate earliestDay(ZoneId zone) {
            return date.date();
        }

        @Override
        public LocalDate latestDay(ZoneId zone) {
            return date.lastDay();
        }
    }

    /** The exact instant {@code instant}. */
    static Moment at(Instant instant) {
        return new At(instant);
    }

    /** The day, month or year {@code isoDate} names ({@code 2022-01-06}, {@code 2022-01}, {@code 2022}). */
    static Moment on(String isoDate) {
        return new On(PartialDate.parse(isoDate));
    }
}
