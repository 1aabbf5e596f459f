package org.entente.mission;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.access.ReleaseMarking;
import org.entente.command.Verdict;

/**
 * The log of one mission's sitreps, every revision kept: a revision supersedes the one before it and never overwrites
 * it, so that each stays readable and what a revision changed can be shown ({@link SitrepChange}). Sitreps are held in
 * the order of their number, then of their revision; the numbers run from 1 without a gap, and so do each number's
 * revisions ({@link SitrepPolicies#numberedInOrder}, {@link SitrepPolicies#revisesTheLatestRevision}).
 */
public record Sitreps(String missionId, List<Sitrep> filed) {

    private static final Comparator<Sitrep> IN_ORDER = Comparator.comparingInt(Sitrep::number).thenComparingInt(Sitrep::revision);

    public Sitreps {
        Objects.requireNonNull(missionId, "mission id");
        filed = filed.stream().sorted(IN_ORDER).toList();
        var latest = new HashMap<Integer, Sitrep>();
        int next = 1;
        for (Sitrep sitrep : filed) {
            if (!sitrep.missionId().equals(missionId)) {
                throw new IllegalArgumentException("sitrep " + sitrep.number() + " is of mission " + sitrep.missionId() + ", not of " + missionId);
            }
            for (Verdict verdict : List.of(SitrepPolicies.numberedInOrder(sitrep, next),
                    SitrepPolicies.revisesTheLatestRevision(sitrep, Optional.ofNullable(latest.get(sitrep.number()))))) {
                if (verdict instanceof Verdict.Refused refused) {
                    throw new IllegalArgumentException(refused.reason());
                }
            }
            latest.put(sitrep.number(), sitrep);
            next = Math.max(next, sitrep.number() + 1);
        }
    }

    public static Sitreps none(String missionId) {
        return new Sitreps(missionId, List.of());
    }

    /** The number the next new sitrep takes: one after the highest filed, 1 for the first. */
    public int nextNumber() {
        return filed.isEmpty() ? 1 : filed.getLast().number() + 1;
    }

    /** The latest revision of sitrep {@code number}: the one that stands. */
    public Optional<Sitrep> latest(int number) {
        return revisions(number).stream().reduce((earlier, later) -> later);
    }

    /** Who may read sitrep {@code number}, every revision of it: the marking of its latest revision; empty where it was not filed. */
    public Optional<ReleaseMarking> marking(int number) {
        return latest(number).map(Sitrep::marking);
    }

    /** Every revision of sitrep {@code number}, the first first; none where it was not filed. */
    public List<Sitrep> revisions(int number) {
        return filed.stream().filter(sitrep -> sitrep.number() == number).toList();
    }

    public Optional<Sitrep> revision(int number, int revision) {
        return filed.stream().filter(sitrep -> sitrep.number() == number && sitrep.revision() == revision).findFirst();
    }

    /** The latest revision of every sitrep, by number: the log as it stands. */
    public List<Sitrep> current() {
        Map<Integer, Sitrep> latest = new HashMap<>();
        filed.forEach(sitrep -> latest.put(sitrep.number(), sitrep));
        return latest.values().stream().sorted(IN_ORDER).toList();
    }

    /** What revision {@code revision} of sitrep {@code number} changed against the revision it supersedes; empty for a first revision or one not filed. */
    public Optional<SitrepChange> change(int number, int revision) {
        return revision(number, revision).flatMap(after -> revision(number, revision - 1).map(before -> SitrepChange.between(before, after)));
    }

    /** This log with {@code sitrep} filed: a new sitrep of the next number, or a revision of the latest revision of its number. */
    public Sitreps filing(Sitrep sitrep) {
        return new Sitreps(missionId, Stream.concat(filed.stream(), Stream.of(sitrep)).toList());
    }
}
