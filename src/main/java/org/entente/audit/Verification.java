package org.entente.audit;

/** What walking the whole audit chain found: intact, or broken at its first broken entry and why. */
public sealed interface Verification {

    /** Every entry is in place and matches its hash; {@code headHash} is the last entry's ({@link AuditEntry#GENESIS} when empty). */
    record Intact(long entries, String headHash) implements Verification {
    }

    /** The first entry that is missing, altered, out of order or badly linked, and the reason. */
    record Broken(long sequence, String reason) implements Verification {
    }
}
