package org.entente.provenance;

import java.time.Instant;
import java.util.Optional;

/**
 * The version of the record of organizations: the instant its last change was recorded at. Every change to an organization's
 * register and provenance (its organization, instruments, clauses, membership events, sources, disagreements) is an import
 * of its dataset, each recorded strictly later than the one before across every instance; so that instant changes with every
 * change, and what was derived from the record at one version (a membership, a page) stays true until it changes. One
 * version for every organization: a page of one reads the others too (exclusivity conflicts read the other alliances).
 */
public interface RecordVersion {

    /** The instant the last import was recorded at; empty before the first. One indexed row read, cheap enough for every request. */
    Optional<Instant> lastChange();
}
