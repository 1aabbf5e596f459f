package org.entente.mission;

import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.register.Coded;

/**
 * A contingent's timeline, planned against actual, per milestone: the order to move, departure, arrival, the start
 * of the withdrawal and its completion. A planned moment comes from the force package (the order plus the ETA) or
 * the dataset; an actual one from a report, with its sources. Actual milestones do not go back in time.
 */
public record ContingentTimeline(Map<Milestone, Moment> planned, Map<Milestone, Reported> actual) {

    /** A point on a contingent's way to the theatre and back, in the order they come. */
    public enum Milestone implements Coded {
        ORDER_TO_MOVE, DEPARTURE, ARRIVAL, WITHDRAWAL_START, WITHDRAWAL_COMPLETE
    }

    /**
     * When a report says a milestone was reached: the sources that say so, or who reported it in Entente (a liaison for
     * their contingent, the secretariat), or both.
     */
    public record Reported(Moment at, List<String> sources, String reportedBy) {
        public Reported {
            Objects.requireNonNull(at, "at");
            sources = List.copyOf(sources);
            if (sources.isEmpty() && (reportedBy == null || reportedBy.isBlank())) {
                throw new IllegalArgumentException("an actual date comes from a report: at least one source, or who reported it");
            }
        }

        /** A date the sources report. */
        public Reported(Moment at, List<String> sources) {
            this(at, sources, null);
        }
    }

    public ContingentTimeline {
        planned = copy(planned);
        actual = copy(actual);
        Reported previous = null;
        Milestone previousMilestone = null;
        for (var entry : actual.entrySet()) {
            if (previous != null && entry.getValue().at().isCertainlyBefore(previous.at())) {
                throw new IllegalArgumentException(entry.getKey().code() + " (" + entry.getValue().at() + ") comes before "
                        + previousMilestone.code() + " (" + previous.at() + ")");
            }
            previous = entry.getValue();
            previousMilestone = entry.getKey();
        }
    }

    public static ContingentTimeline empty() {
        return new ContingentTimeline(Map.of(), Map.of());
    }

    /** This timeline with {@code milestone} reported reached. */
    public ContingentTimeline reported(Milestone milestone, Reported report) {
        var reported = new EnumMap<Milestone, Reported>(Milestone.class);
        reported.putAll(actual);
        reported.put(milestone, report);
        return new ContingentTimeline(planned, reported);
    }

    /**
     * How late {@code milestone} was reached against its plan, the days counted in {@code zone} (the theatre's):
     * empty where either is unknown, or where it was reached on time or early (or possibly so, to the precision known).
     */
    public Optional<Slip> slip(Milestone milestone, ZoneId zone) {
        Moment plan = planned.get(milestone);
        Reported report = actual.get(milestone);
        if (plan == null || report == null) {
            return Optional.empty();
        }
        if (plan instanceof Moment.At(var due) && report.at() instanceof Moment.At(var reached)) {
            Duration late = Duration.between(due, reached);
            return late.isPositive() ? Optional.of(new Slip(milestone, late, false)) : Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(plan.latestDay(zone), report.at().earliestDay(zone));
        return days > 0 ? Optional.of(new Slip(milestone, Duration.ofDays(days), true)) : Optional.empty();
    }

    /** How late the contingent arrived against its ETA, if it did. */
    public Optional<Slip> arrivalSlip(ZoneId zone) {
        return slip(Milestone.ARRIVAL, zone);
    }

    private static <V> Map<Milestone, V> copy(Map<Milestone, V> entries) {
        Objects.requireNonNull(entries, "milestones");
        var copy = new EnumMap<Milestone, V>(Milestone.class);
        copy.putAll(entries);
        return Collections.unmodifiableMap(copy);
    }
}
