package org.entente.provenance;

import java.time.Instant;
import java.util.Map;

/**
 * The version of the record of organizations: the instant its last change was recorded at. Every change to an organization's
 * register and provenance (its organization, instruments, clauses, membership events, sources, disagreements) is an import
 * of its dataset, each recorded strictly later than the one before across every instance; so that instant changes with every
 * change, and what was derived from the record at one version (a membership, a page) stays true until it changes. One
 * version for every real organization: a page of one reads the others too (exclusivity conflicts read the other alliances);
 * an exercise's record is read at the last import of any organization, its own included.
 */
public interface RecordVersion {

    /**
     * Each organization's last import, by its code: what the real record's version is taken from, leaving out the exercises'
     * (an exercise's creation imports its copy and must not move it). Read this before asking which codes are exercises: an
     * exercise whose import it shows is then registered as one (both commit together).
     */
    Map<String, Instant> lastImports();
}
