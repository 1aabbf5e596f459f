package org.entente.audit.internal;

import java.time.Instant;

/**
 * The {@code audit_chain_head} row: the sequence, hash and instant of the last entry appended
 * (0, the genesis hash and null while the chain is empty). Each append locks it, which serializes
 * appends across instances, and moves it forward in the same transaction.
 */
record ChainHead(long sequence, String hash, Instant recordedAt) {
}
