package org.entente.mission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.provenance.Claim;
import org.entente.provenance.Disagreement;

/**
 * A force's or a contingent's strength as an observation, not a typed number: every headcount the sources give,
 * the one preferred and why, the others kept beside it. Strengths of different contingents are never added
 * together (each is a choice among sources; no sum is offered): a force's total is its own strength, with its own
 * claims.
 */
public record Strength(List<Headcount> claims, Headcount preferred, String reason) {

    public Strength {
        claims = List.copyOf(claims);
        Objects.requireNonNull(preferred, "preferred");
        Objects.requireNonNull(reason, "reason");
        if (claims.stream().distinct().count() != claims.size()) {
            throw new IllegalArgumentException("a headcount is listed once in a strength");
        }
        if (!claims.contains(preferred)) {
            throw new IllegalArgumentException("the preferred headcount is one of the strength's claims");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a strength says why its preferred headcount is preferred");
        }
    }

    /** The strength one headcount gives, the only one the sources give. */
    public static Strength of(Headcount only) {
        return new Strength(List.of(only), only, "the only figure the sources give");
    }

    /** Why {@link #byPrecedence} prefers the headcount it does. */
    public static final String BY_PRECEDENCE = "no figure had been chosen as preferred: the latest of the most direct kind (reported, then announced, authorised, estimated) stands";

    /**
     * The strength of {@code claims} where no preferred one has been chosen (or the one chosen was not yet known, in a
     * view of the past): the latest published count of the most direct basis (reported before announced before
     * authorised before estimated), a count before a "not published", the later claim of two alike; empty without claims.
     */
    public static java.util.Optional<Strength> byPrecedence(List<Headcount> claims) {
        java.util.Comparator<Headcount> precedence = java.util.Comparator
                .comparing((Headcount claim) -> claim.count() == null)
                .thenComparing(Headcount::basis);
        return claims.stream()
                .reduce((best, next) -> precedence.compare(next, best) <= 0 ? next : best)
                .map(preferred -> new Strength(claims, preferred, claims.size() == 1 ? "the only figure the sources give" : BY_PRECEDENCE));
    }

    /** The headcounts not preferred, in their order. */
    public List<Headcount> others() {
        return claims.stream().filter(claim -> !claim.equals(preferred)).toList();
    }

    /** The least and most personnel the published headcounts state; empty where none states a number. */
    public Optional<Range> range() {
        var stats = claims.stream().map(Headcount::personnel).filter(Objects::nonNull).mapToInt(Integer::intValue).summaryStatistics();
        return stats.getCount() == 0 ? Optional.empty() : Optional.of(new Range(stats.getMin(), stats.getMax()));
    }

    /** The least and the most personnel some source states. */
    public record Range(int least, int most) {
        public Range {
            if (least > most) {
                throw new IllegalArgumentException("a range runs from its least (" + least + ") to its most (" + most + ")");
            }
        }
    }

    /**
     * The sources' disagreement on this strength, as the register keeps one ({@code personnel} of {@code subject}), where
     * there are several claims; empty where one source alone speaks.
     */
    public Optional<Disagreement> disagreement(String id, String subject) {
        if (claims.size() < 2) {
            return Optional.empty();
        }
        List<Claim> asClaims = claims.stream().map(claim -> claim.claim(claim.equals(preferred))).toList();
        return Optional.of(new Disagreement(id, subject, "personnel", "How many personnel?", reason, asClaims));
    }
}
