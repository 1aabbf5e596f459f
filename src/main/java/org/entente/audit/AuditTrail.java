package org.entente.audit;

import java.util.Optional;

/**
 * The application's audit trail: append-only, each entry chained to the one before with SHA-256, so
 * that altering, removing or reordering an entry afterwards breaks the chain where it was done. The
 * application never updates nor deletes an entry.
 *
 * <p>Appending only queues the record, in the transaction of the change it records; a sequencer, one at a
 * time across every instance sharing the database, chains committed records within the maximum merge
 * delay (docs/audit.md). Every read here ({@link #entries}, {@link #entry}, {@link #verify}) first chains
 * whatever is committed and not yet chained, so it sees every committed record as an entry.
 */
public interface AuditTrail {

    /**
     * Queues the record to be chained and answers its receipt.
     *
     * <p>Call it <em>inside the transaction of the change it records</em>, so that the record commits
     * or rolls back with the change: outside a transaction it is refused with an
     * {@link IllegalStateException}. It takes no lock another change waits for: it inserts one row of its
     * own. The record is accepted at the clock's instant; it is chained (as the next entry, recorded at
     * that instant or 1 µs after the entry before if that is not later) once its transaction commits.
     */
    AuditReceipt append(AuditRecord record);

    /**
     * Walks the whole chain in order, recomputing every hash and checking every link, and reports the
     * first broken entry, or that the chain is intact. Entries appended while it runs are left to the
     * next verification. Records that waited longer than the maximum merge delay to be chained are
     * reported with an intact chain ({@link Verification.Intact#overdue}).
     */
    Verification verify();

    /** The page {@code page} (from 0) of {@code size} entries matching {@code filter}, newest first. */
    AuditEntries entries(AuditFilter filter, int page, int size);

    /** The entry {@code sequence}, if there is one: e.g. to compare its hash with a head hash recorded elsewhere. */
    Optional<AuditEntry> entry(long sequence);

    /**
     * The entry the record of {@code receipt} was chained as: empty if its change did not commit (or has not yet,
     * when asked inside that change's transaction).
     */
    Optional<AuditEntry> entry(AuditReceipt receipt);
}
