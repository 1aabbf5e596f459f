package org.entente.audit.internal;

import java.util.Optional;
import org.entente.audit.AuditEntry;
import org.entente.audit.Verification;

/**
 * The verification of the chain, one row at a time in sequence order, so that the chain can be read
 * in pages of any size: each row must come next in sequence, link to the hash of the row before
 * (the genesis hash for the first), be recorded after it, and match its own hash. The first row that
 * does not is the broken one. At the end, the chain must reach the head recorded with the last append.
 */
final class ChainWalk {

    private long expected = 1;
    private String previousHash = AuditEntry.GENESIS;
    private ChainRow previous;

    /** Checks the next row; empty while the chain is intact so far. */
    Optional<Verification.Broken> next(ChainRow row) {
        if (row.sequence() != expected) {
            return broken(expected, "entry " + expected + " is missing: the entry after "
                    + (expected == 1 ? "the start of the chain" : "entry " + (expected - 1)) + " is entry " + row.sequence());
        }
        if (!previousHash.equals(row.previousHash())) {
            return broken(row.sequence(), "its previous hash does not match the hash of "
                    + (previous == null ? "the start of the chain (64 zeros)" : "entry " + previous.sequence())
                    + ": an entry was altered and its hash recomputed, or an entry was inserted");
        }
        if (previous != null && !row.recordedAt().isAfter(previous.recordedAt())) {
            return broken(row.sequence(), "it is recorded at " + row.recordedAt() + ", not after entry " + previous.sequence()
                    + " (" + previous.recordedAt() + ")");
        }
        if (!row.computedHash().equals(row.hash())) {
            return broken(row.sequence(), "its content does not match its hash: the entry was altered");
        }
        previous = row;
        previousHash = row.hash();
        expected++;
        return Optional.empty();
    }

    /** The last sequence checked so far (0 before any). */
    long last() {
        return expected - 1;
    }

    /** The outcome once every row up to the head has been given to {@link #next}. */
    Verification end(ChainHead head) {
        if (last() < head.sequence()) {
            return new Verification.Broken(expected, "entry " + expected + " is missing: the chain head records "
                    + head.sequence() + " entries, the table ends at entry " + last());
        }
        if (!previousHash.equals(head.hash())) {
            return new Verification.Broken(head.sequence(), "its hash does not match the hash the chain head records for it");
        }
        return new Verification.Intact(last(), previousHash);
    }

    private static Optional<Verification.Broken> broken(long sequence, String reason) {
        return Optional.of(new Verification.Broken(sequence, reason));
    }
}
