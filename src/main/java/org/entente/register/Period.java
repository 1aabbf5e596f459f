package org.entente.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A half-open period of days [{@code from}, {@code until}); {@code until} is null while the period lasts. */
public record Period(PartialDate from, PartialDate until) {

    public Period {
        Objects.requireNonNull(from, "from");
        if (until != null && until.date().isBefore(from.date())) {
            throw new IllegalArgumentException("a period cannot end (" + until + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from.date()) && (until == null || day.isBefore(until.date()));
    }

    public boolean isEmpty() {
        return until != null && !until.date().isAfter(from.date());
    }

    /** The days both periods share, if any. */
    public Optional<Period> intersect(Period other) {
        PartialDate start = from.compareTo(other.from) >= 0 ? from : other.from;
        PartialDate end = until == null ? other.until
                : other.until == null || until.compareTo(other.until) <= 0 ? until : other.until;
        if (end != null && !end.date().isAfter(start.date())) {
            return Optional.empty();
        }
        return Optional.of(new Period(start, end));
    }
}
