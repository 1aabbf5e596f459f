package org.entente.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditRecord;
import org.entente.provenance.Digests;

/**
 * One row of the {@code audit_entry} table exactly as stored, valid or not: verification hashes what
 * is there, so that a row altered into nonsense is reported as broken rather than failing to load.
 *
 * <p>The hash is SHA-256 over the canonical encoding ({@link #canonical()}): the fields below in this
 * order, each as one byte 0 when absent, or as one byte 1, the length of its UTF-8 bytes as a 4-byte
 * big-endian number, and those bytes. The first field is the format's name, {@value #FORMAT}; the
 * sequence is in decimal; the instant is {@code uuuu-MM-ddTHH:mm:ss.ffffffZ} in UTC.
 */
record ChainRow(long sequence, Instant recordedAt, String actor, String role, String organization, String action,
                String subject, String beforeDigest, String afterDigest, String details, String previousHash, String hash) {

    static final String FORMAT = "entente-audit-chain/1";

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The entry that follows {@code previousHash} at {@code sequence}, recorded at {@code recordedAt}, with its hash. */
    static ChainRow next(long sequence, Instant recordedAt, AuditRecord record, String previousHash) {
        return new ChainRow(sequence, recordedAt, record.actor(), record.role(), record.organization(), record.action(),
                record.subject(), record.beforeDigest(), record.afterDigest(), record.details(), previousHash, null).hashed();
    }

    /** The row with the hash its content calls for. */
    ChainRow hashed() {
        return withHash(computedHash());
    }

    ChainRow withHash(String newHash) {
        return new ChainRow(sequence, recordedAt, actor, role, organization, action, subject, beforeDigest, afterDigest, details, previousHash, newHash);
    }

    /** The fields the hash covers, in order, as the text that is encoded. */
    List<String> hashedFields() {
        return Arrays.asList(FORMAT, Long.toString(sequence), MICROS.format(recordedAt), actor, role, organization, action,
                subject, beforeDigest, afterDigest, details, previousHash);
    }

    byte[] canonical() {
        var out = new ByteArrayOutputStream();
        for (String field : hashedFields()) {
            if (field == null) {
                out.write(0);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.write(1);
                out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    /** The hash the row's content calls for, whatever its {@code hash} column says. */
    String computedHash() {
        return Digests.sha256(canonical());
    }

    /** The row as an entry; fails if it no longer holds a valid record (verification says why). */
    AuditEntry toEntry() {
        return new AuditEntry(sequence, recordedAt,
                new AuditRecord(actor, role, organization, action, subject, beforeDigest, afterDigest, details), previousHash, hash);
    }
}
