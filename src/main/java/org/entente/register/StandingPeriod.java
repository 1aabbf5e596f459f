package org.entente.register;

import java.time.LocalDate;
import java.util.Objects;

/** A period in which a state held one standing, with the events that began and ended it ({@code endEvent} null while it lasts). */
public record StandingPeriod(Standing standing, Period period, String startEvent, String endEvent) {

    public StandingPeriod {
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(period, "period");
    }

    public boolean contains(LocalDate day) {
        return period.contains(day);
    }
}
