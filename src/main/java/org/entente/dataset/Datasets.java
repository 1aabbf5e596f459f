package org.entente.dataset;

import java.time.Instant;
import java.util.Optional;
import org.entente.access.Actor;

/** Imports and exports dataset documents. */
public interface Datasets {

    /** The largest document accepted, in bytes. */
    int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

    /**
     * Imports one document atomically: a document with any error changes nothing and every error is
     * returned; a valid one replaces the organization's record, and importing it again changes nothing.
     * Only the secretariat of the organization the document holds (or the system) may import it; anyone
     * else is refused and nothing is imported. An import that changes the register is recorded in the
     * audit trail, in the same transaction, with digests of the organization's record before and after.
     * The record must be as {@code expected} when the import takes the lock; otherwise it is stale.
     */
    ImportOutcome importDocument(byte[] json, Actor importer, Precondition expected);


    /** The organization's record as a document that re-imports to the same register, as it stood at {@code recordedAt}, with its version. */
    Optional<Export> export(String organization, Instant recordedAt);

    /** An organization's record as a document, and its version: the SHA-256 of the document as JSON. */
    record Export(DatasetDocument document, String version) {
    }
}
