package org.entente.mission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.access.ReleaseMarking;
import org.entente.register.StateCode;

/**
 * A situation report on a mission, as filed: its number in the mission's one sequence ("Sitrep 3") and its revision
 * ("revision 2"; a revision supersedes the one before it and never overwrites it, see {@link Sitreps}); its scope (the
 * whole mission, filed by the secretariat, or one state's contingent, filed by that state's liaison); the period it
 * covers; the time its picture holds as of; who prepared it; a summary; the changes it reports to sites and
 * contingents; incidents; needs; when the next is due (none where none is set); when it was filed; and the sources it
 * rests on (ids of {@link org.entente.provenance.Source}s; none for a report made in Entente); and its release marking,
 * who may read it. A sitrep is read under the marking of its latest revision ({@link Sitreps#marking}): a revision that
 * restricts it restricts every revision, one that releases it releases them all.
 *
 * @param from the start of the period covered
 * @param until the end of the period covered, not before its start
 * @param asOf the time the report's picture holds, not before the period's start
 * @param preparedBy the user name of who prepared it
 * @param nextDue when the next sitrep is due, after {@code asOf}; null where none is set
 * @param marking who may read it ({@link ReleaseMarking#readableBy}, the mission's contributing states as its contributors)
 */
public record Sitrep(String missionId, int number, int revision, Scope scope, Instant from, Instant until, Instant asOf,
                     String preparedBy, String summary, List<Change> changes, List<String> incidents, List<String> needs,
                     Instant nextDue, Instant filedAt, List<String> sources, ReleaseMarking marking) {

    public static final int MAX_SUMMARY = 4000;
    /** The longest incident or need. */
    public static final int MAX_ITEM = 1000;
    /** The most incidents, needs or changes one sitrep lists. */
    public static final int MAX_ITEMS = 200;
    public static final int MAX_PREPARED_BY = 200;

    public Sitrep {
        Objects.requireNonNull(missionId, "mission id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(asOf, "as of");
        Objects.requireNonNull(preparedBy, "prepared by");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(filedAt, "filed at");
        Objects.requireNonNull(marking, "marking");
        if (missionId.isBlank()) {
            throw new IllegalArgumentException("a sitrep names its mission");
        }
        if (number < 1 || revision < 1) {
            throw new IllegalArgumentException("a sitrep is numbered from 1 and revised from revision 1, not sitrep " + number + " revision " + revision);
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("the period a sitrep covers ends (" + until + ") on or after it starts (" + from + ")");
        }
        if (asOf.isBefore(from)) {
            throw new IllegalArgumentException("a sitrep is as of (" + asOf + ") no earlier than the period it covers starts (" + from + ")");
        }
        if (nextDue != null && !nextDue.isAfter(asOf)) {
            throw new IllegalArgumentException("the next sitrep is due (" + nextDue + ") after this one's as-of time (" + asOf + ")");
        }
        if (preparedBy.isBlank() || preparedBy.length() > MAX_PREPARED_BY) {
            throw new IllegalArgumentException("a sitrep names who prepared it in 1 to " + MAX_PREPARED_BY + " characters");
        }
        if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("a sitrep's summary is 1 to " + MAX_SUMMARY + " characters");
        }
        changes = List.copyOf(changes);
        incidents = items("incidents", incidents);
        needs = items("needs", needs);
        if (changes.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a sitrep reports at most " + MAX_ITEMS + " changes, not " + changes.size());
        }
        sources = List.copyOf(sources);
    }

    /** What a sitrep covers: the whole mission, or one state's contingent. */
    public sealed interface Scope {

        /** The whole mission, as the secretariat reports it. */
        record WholeMission() implements Scope {
        }

        /** One state's contingent, as its liaison reports it. */
        record OneContingent(StateCode state) implements Scope {
            public OneContingent {
                Objects.requireNonNull(state, "state");
            }
        }

        static Scope mission() {
            return new WholeMission();
        }

        static Scope contingent(StateCode state) {
            return new OneContingent(state);
        }
    }

    /** A change a sitrep reports: a site's new status, or a contingent's milestone reached. */
    public sealed interface Change {

        /** Site {@code siteId} reached {@code status}, at the moment its step gives. */
        record SiteStatusChange(String siteId, SiteStatus status) implements Change {
            public SiteStatusChange {
                Objects.requireNonNull(siteId, "site id");
                Objects.requireNonNull(status, "status");
            }
        }

        /** The contingent of {@code state} reached {@code milestone} at {@code at}. */
        record MilestoneReport(StateCode state, ContingentTimeline.Milestone milestone, Moment at) implements Change {
            public MilestoneReport {
                Objects.requireNonNull(state, "state");
                Objects.requireNonNull(milestone, "milestone");
                Objects.requireNonNull(at, "at");
            }
        }
    }

    /** The revision this one supersedes (the one before it), or empty for a first filing. */
    public Optional<Integer> supersedes() {
        return revision == 1 ? Optional.empty() : Optional.of(revision - 1);
    }

    private static List<String> items(String what, List<String> items) {
        List<String> copy = List.copyOf(items);
        if (copy.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a sitrep lists at most " + MAX_ITEMS + " " + what + ", not " + copy.size());
        }
        for (String item : copy) {
            if (item.isBlank() || item.length() > MAX_ITEM) {
                throw new IllegalArgumentException("each of a sitrep's " + what + " is 1 to " + MAX_ITEM + " characters");
            }
        }
        return copy;
    }
}
