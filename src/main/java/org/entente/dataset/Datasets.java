package org.entente.dataset;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/** Imports and exports dataset documents. */
public interface Datasets {

    /** The largest document accepted, in bytes. */
    int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

    /**
     * Imports one document atomically: a document with any error changes nothing and every error is
     * returned; a valid one replaces the organization's record, and importing it again changes nothing.
     * {@code mayImport} says whether the importer may change the record of the organization (by its code)
     * the document holds; if not, nothing is imported.
     */
    ImportOutcome importDocument(byte[] json, Predicate<String> mayImport);

    /** The organization's record as a document that re-imports to the same register, as it stood at {@code recordedAt}. */
    Optional<DatasetDocument> export(String organization, Instant recordedAt);
}
