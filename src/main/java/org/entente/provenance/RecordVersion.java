package org.entente.provenance;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The version of the record of organizations: the instant its last change was recorded at. Every change to an organization's
 * register and provenance (its organization, instruments, clauses, membership events, sources, disagreements) is an import
 * of its dataset, each recorded strictly later than the one before across every instance; so that instant changes with every
 * change, and what was derived from the record at one version (a membership, a page) stays true until it changes. One
 * version for every real organization: a page of one reads the others too (exclusivity conflicts read the other alliances);
 * an exercise's record is read at the last import of any organization, its own included.
 */
public interface RecordVersion {

    /** The instant the last import was recorded at; empty before the first. One indexed row read, cheap enough for every request. */
    Optional<Instant> lastChange();

    /**
     * The instant the last import of any organization but those {@code leftOut} (their codes) was recorded at; empty before the first. The real
     * record's version, leaving out the exercises' imports: an exercise's creation imports its copy and must not move it.
     */
    Optional<Instant> lastChangeLeavingOut(Collection<String> leftOut);
}
