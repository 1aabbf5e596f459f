package org.entente.audit.internal;

import java.time.Instant;

/**
 * One row of the {@code audit_queue} table exactly as stored: a record appended in a committed (or still open)
 * transaction and not yet chained. The sequencer chains it as it is, unvalidated, so that a row altered in the
 * database is chained (and shown) rather than stopping the chain.
 */
record QueuedRecord(long id, Instant acceptedAt, String actor, String role, String organization, String action, String subject,
                    String beforeDigest, String afterDigest, String details) {

    /** This record as the entry {@code sequence} of the chain, after the entry whose hash and instant are given. */
    ChainRow chained(long sequence, Instant previousRecordedAt, String previousHash) {
        Instant recordedAt = org.entente.provenance.history.RecordedTime.after(previousRecordedAt, acceptedAt);
        return new ChainRow(sequence, recordedAt, actor, role, organization, action, subject, beforeDigest, afterDigest, details,
                previousHash, null).hashed();
    }
}
