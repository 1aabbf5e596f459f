package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.provenance.Claim;
import org.entente.register.Coded;
import org.entente.register.PartialDate;

/**
 * What some sources say of a force's or a contingent's personnel: a number (exact, about, or more than it), or
 * that the figure was not published; whether it was reported as deployed, announced, authorised (e.g. by a
 * parliament) or estimated; in the sources' words (none where they add nothing to the number), as of when (none where
 * they do not say), and which sources say it.
 */
public record Headcount(Integer personnel, Bound bound, Basis basis, String wording, PartialDate asOf, List<String> sources) {

    /** The most personnel a headcount may state. */
    public static final int MAX_PERSONNEL = 1_000_000;

    /** How the number stands to the truth: as stated, about it, more than it, or no number because none was published. */
    public enum Bound implements Coded {
        EXACT, ABOUT, MORE_THAN, NOT_PUBLISHED
    }

    /** What the number counts: personnel reported deployed, announced (planned), authorised, or estimated by others. */
    public enum Basis implements Coded {
        REPORTED, ANNOUNCED, AUTHORISED, ESTIMATED
    }

    public Headcount {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(basis, "basis");
        if ((bound == Bound.NOT_PUBLISHED) != (personnel == null)) {
            throw new IllegalArgumentException("a headcount states a number unless it says none was published");
        }
        if (personnel != null && (personnel < 1 || personnel > MAX_PERSONNEL)) {
            throw new IllegalArgumentException("a headcount is from 1 to " + MAX_PERSONNEL + " personnel, not " + personnel);
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a headcount cites at least one source");
        }
    }

    /** This headcount as the register shows a claim: its value in words ("about 500", "not published"), preferred or not. */
    public Claim claim(boolean preferred) {
        String value = switch (bound) {
            case EXACT -> String.valueOf(personnel);
            case ABOUT -> "about " + personnel;
            case MORE_THAN -> "more than " + personnel;
            case NOT_PUBLISHED -> "not published";
        };
        return new Claim(value, wording, preferred, sources);
    }
}
