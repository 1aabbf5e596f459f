package org.entente.audit;

import java.util.Optional;

/**
 * The application's audit trail: append-only, each entry chained to the one before with SHA-256, so
 * that altering, removing or reordering an entry afterwards breaks the chain where it was done. The
 * application never updates nor deletes an entry.
 */
public interface AuditTrail {

    /**
     * Appends the record as the next entry and returns it.
     *
     * <p>Call it <em>inside the transaction of the change it records</em>, so that the entry commits
     * or rolls back with the change: outside a transaction it is refused with an
     * {@link IllegalStateException}. It locks the chain's head until that transaction ends, so every
     * instance appends one entry at a time in one order; call it as late in the transaction as
     * possible to hold the lock briefly, and take any other lock of the transaction before it.
     * The entry is recorded at the clock's instant, or 1 µs after the previous entry if the clock is
     * not later (another instance's clock may be ahead).
     */
    AuditEntry append(AuditRecord record);

    /**
     * Walks the whole chain in order, recomputing every hash and checking every link, and reports the
     * first broken entry, or that the chain is intact. Entries appended while it runs are left to the
     * next verification.
     */
    Verification verify();

    /** The page {@code page} (from 0) of {@code size} entries matching {@code filter}, newest first. */
    AuditEntries entries(AuditFilter filter, int page, int size);

    /** The entry {@code sequence}, if there is one: e.g. to compare its hash with a head hash recorded elsewhere. */
    Optional<AuditEntry> entry(long sequence);
}
