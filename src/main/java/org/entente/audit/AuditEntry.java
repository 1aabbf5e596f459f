package org.entente.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the audit trail: its place in the chain ({@code sequence}, 1, 2, ... without gaps),
 * the instant it was recorded (microsecond precision, strictly later than the entry before), the
 * record appended, the hash of the entry before ({@link #GENESIS} for the first) and its own hash,
 * SHA-256 over all of these (docs/audit.md gives the exact encoding).
 */
public record AuditEntry(long sequence, Instant recordedAt, AuditRecord record, String previousHash, String hash) {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("the sequence starts at 1, not " + sequence);
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (recordedAt.getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("an entry is recorded to the microsecond, not " + recordedAt);
        }
        Objects.requireNonNull(record, "record");
        if (!isSha256Hex(previousHash) || !isSha256Hex(hash)) {
            throw new IllegalArgumentException("the hashes are SHA-256 digests in 64 lowercase hex digits");
        }
    }

    /** Whether {@code value} has the form of a SHA-256 digest as {@code org.entente.provenance.Digests} makes them: 64 lowercase hex digits. */
    static boolean isSha256Hex(String value) {
        return value != null && SHA_256_HEX.matcher(value).matches();
    }
}
