package org.entente.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What appending a record answers at once: its {@code id} in the audit queue (unique, from 1; not its place in the
 * chain) and the instant it was {@code accepted} (to the microsecond). The record is durable when the change's
 * transaction commits; the sequencer then chains it as an {@link AuditEntry}, which {@link AuditTrail#entry(AuditReceipt)}
 * finds.
 */
public record AuditReceipt(long id, Instant acceptedAt) {

    public AuditReceipt {
        if (id < 1) {
            throw new IllegalArgumentException("a queued record's id starts at 1, not " + id);
        }
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
