package org.entente.mission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.entente.register.Coded;
import org.entente.register.PartialDate;

/**
 * One casualty or incident figure as one reporter gave it, kept as a row of its own and never
 * overwritten: how many were killed, injured, missing or detained, of which population, cumulative
 * or for a period, as of when it holds, when it entered the record, whose count it is and on what
 * basis, the sources that carry it (ids of {@link org.entente.provenance.Source}s) with their wording,
 * how firm the reporter says it is, and the figure of the same series it revises.
 *
 * <p>A figure is an observation, not a quantity to compute with: figures from different reporters
 * are never added together ({@link CasualtyFigures} offers no total), and a reported zero is a
 * figure like any other, not the absence of one.
 *
 * <p>Not a {@link org.entente.provenance.Claim}: a claim's value is text and its preference a stored
 * flag, where a figure is a count with its bound and dates, and which figure a reader sees first is
 * worked out from the rows by {@link FigurePrecedence}. Its sources are the same source ids a claim cites.
 *
 * @param asOf the date the count holds on, with its precision: sources seldom give the hour, and a
 *        figure dated only to the month ("January 2022") stays so rather than be given an invented day
 * @param recordedAt when the figure entered the record
 * @param reportedBy whose count this is (e.g. "Government of Kazakhstan", "CSTO Secretariat"): a
 *        count relayed by several newspapers is one figure of that reporter, with every newspaper
 *        among its sources
 * @param wording the source's own words where they say more than the number ("26 armed criminals"), or null
 * @param supersedes the id of the figure of the same series this one revises, or null
 */
public record ReportedFigure(String id, Category category, Population population, Count count, Span span,
        PartialDate asOf, Instant recordedAt, String reportedBy, Basis basis, List<String> sources, String wording,
        Status status, String supersedes) {

    public ReportedFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a reported figure cites at least one source");
        }
        if (id.equals(supersedes)) {
            throw new IllegalArgumentException("figure " + id + " cannot supersede itself");
        }
    }

    /** What befell the people a figure counts. */
    public enum Category implements Coded {
        KILLED, INJURED, MISSING, DETAINED
    }

    /**
     * Whom a figure counts. {@code all} is everyone the crisis's figures count; the mission's own
     * personnel are never part of it and are kept apart as {@code mission_personnel}.
     */
    public enum Population implements Coded {
        SECURITY_FORCES, CIVILIANS, PROTESTERS, MISSION_PERSONNEL, ALL
    }

    /**
     * On what a figure rests: the count of a government or of the organization ({@code official}),
     * a count journalists, monitors or NGOs made themselves ({@code independent}), or an estimate.
     * A newspaper relaying an official count makes it no less official: the newspaper is its source.
     */
    public enum Basis implements Coded {
        OFFICIAL, INDEPENDENT, ESTIMATE
    }

    /**
     * How firm the reporter says a figure is: a count still running ({@code provisional}), one it
     * presents as final or verified ({@code confirmed}), or one withdrawn ({@code retracted}; kept,
     * shown as such, never a headline).
     */
    public enum Status implements Coded {
        PROVISIONAL, CONFIRMED, RETRACTED
    }

    /**
     * What stretch of time a figure covers: everything since the crisis began, up to its as-of date
     * ({@code cumulative}, the kind a headline is made of), or one period only (a day's toll), which
     * is kept and shown but never a headline and never added into one.
     */
    public sealed interface Span {

        record Cumulative() implements Span {
        }

        record ForPeriod(PartialDate from, PartialDate until) implements Span {
            public ForPeriod {
                Objects.requireNonNull(from, "from");
                Objects.requireNonNull(until, "until");
                if (until.compareTo(from) < 0) {
                    throw new IllegalArgumentException("a period ends on or after it starts: " + from + " to " + until);
                }
            }
        }
    }

    /** Whether this figure covers everything up to its as-of date, as a headline must. */
    public boolean cumulative() {
        return span instanceof Span.Cumulative;
    }

    /** Whether this figure is the same series as {@code other}: same category, population and reporter. */
    public boolean sameSeriesAs(ReportedFigure other) {
        return category == other.category && population == other.population && reportedBy.equals(other.reportedBy);
    }
}
