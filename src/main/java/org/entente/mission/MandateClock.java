package org.entente.mission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.register.PartialDate;

/**
 * A mission's clock on a given day, as its record stood on that day: the whole days it has been deployed (from the
 * order to move until the day, or until it was withdrawn or terminated), the whole days left until its mandate ends
 * (with every extension; none for an open-ended mandate, negative once the end is past), and whether it is past its
 * mandate's end while still not over. Steps dated after the day do not count; days are counted as
 * {@link ChronoUnit#DAYS} between two dates, a date known only to the month or year standing for its first day.
 */
public record MandateClock(LocalDate on, Long daysDeployed, Long daysToEnd, boolean pastEnd) {

    public MandateClock {
        Objects.requireNonNull(on, "on");
    }

    /** The clock of a mission with {@code history} and {@code mandate} on {@code day}. */
    public static MandateClock on(LocalDate day, List<MissionState> history, MandatePeriod mandate) {
        Objects.requireNonNull(day, "day");
        List<MissionState> known = history.stream().filter(state -> !state.step().on().date().isAfter(day)).toList();
        Optional<LocalDate> deployed = known.stream().filter(MissionState.Deploying.class::isInstance).map(MandateClock::day).findFirst();
        Optional<LocalDate> over = known.stream().filter(state -> state.status().isFinal()).map(MandateClock::day).findFirst();
        Long daysDeployed = deployed.map(start -> ChronoUnit.DAYS.between(start, over.orElse(day))).orElse(null);
        PartialDate end = mandate.current().until();
        Long daysToEnd = end == null ? null : ChronoUnit.DAYS.between(day, end.date());
        boolean pastEnd = daysToEnd != null && daysToEnd <= 0 && over.isEmpty() && !known.isEmpty();
        return new MandateClock(day, daysDeployed, daysToEnd, pastEnd);
    }

    private static LocalDate day(MissionState state) {
        return state.step().on().date();
    }
}
