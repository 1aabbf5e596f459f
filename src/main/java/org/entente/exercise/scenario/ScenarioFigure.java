package org.entente.exercise.scenario;

import java.time.Instant;
import java.util.Objects;
import org.entente.mission.ReportedFigure;
import org.entente.register.Coded;

/**
 * A figure a sitrep inject reports: what it counts, of whom (for a casualty or detention figure: a population of
 * {@link ReportedFigure}; null for personnel deployed), how many, and the world instant it holds at.
 */
public record ScenarioFigure(Kind kind, ReportedFigure.Population population, long value, Instant asOf) {

    /** What a figure counts: the casualty categories of {@link ReportedFigure.Category}, and the mission's own personnel on the ground. */
    public enum Kind implements Coded {
        KILLED, INJURED, MISSING, DETAINED, PERSONNEL_DEPLOYED
    }

    public ScenarioFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        if (value < 0) {
            throw new IllegalArgumentException("a figure is a count, never negative, not " + value);
        }
        if ((kind == Kind.PERSONNEL_DEPLOYED) != (population == null)) {
            throw new IllegalArgumentException(kind == Kind.PERSONNEL_DEPLOYED
                    ? "personnel deployed are the mission's own: no population" : "a " + kind.code() + " figure says of whom (population)");
        }
    }

    /** Whether this is the figure a revision names: the same kind (and population) as of the same instant. */
    public boolean isNamedBy(Kind kind, ReportedFigure.Population population, Instant asOf) {
        return this.kind == kind && Objects.equals(this.population, population) && this.asOf.equals(asOf);
    }
}
