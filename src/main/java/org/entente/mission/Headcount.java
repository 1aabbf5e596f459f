package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.provenance.Claim;
import org.entente.register.Coded;
import org.entente.register.PartialDate;

/**
 * What some sources say of a force's or a contingent's personnel: a {@link Count} (exactly, about, at least or more
 * than so many), or none where the sources say that the figure was not published; whether it was reported as deployed, announced, authorised (e.g. by a
 * parliament) or estimated; in the sources' words (none where they add nothing to the number), as of when (none where
 * they do not say), and which sources say it.
 */
public record Headcount(Count count, Basis basis, String wording, PartialDate asOf, List<String> sources) {

    /** The most personnel a headcount may state. */
    public static final int MAX_PERSONNEL = 1_000_000;

    /** What the number counts: personnel reported deployed, announced (planned), authorised, or estimated by others. */
    public enum Basis implements Coded {
        REPORTED, ANNOUNCED, AUTHORISED, ESTIMATED
    }

    public Headcount {
        Objects.requireNonNull(basis, "basis");
        if (count != null && (count.value() < 1 || count.value() > MAX_PERSONNEL)) {
            throw new IllegalArgumentException("a headcount is from 1 to " + MAX_PERSONNEL + " personnel, not " + count.value());
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a headcount cites at least one source");
        }
    }

    /** Whether the sources say that no figure was published (then the headcount has no count). */
    public boolean notPublished() {
        return count == null;
    }

    /** The personnel the count states (its number, whatever its bound), or null where none was published. */
    public Integer personnel() {
        return count == null ? null : Math.toIntExact(count.value());
    }

    /** This headcount as the register shows a claim: its value in words ("about 500", "not published"), preferred or not. */
    public Claim claim(boolean preferred) {
        String value = count == null ? "not published" : count.words();
        return new Claim(value, wording, preferred, sources);
    }
}
