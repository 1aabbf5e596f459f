package org.entente.audit;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a change appends to the audit trail: who made it ({@code actor}, a user name or
 * {@value #SYSTEM}), acting in which {@code role} (e.g. {@code secretariat}, or {@value #SYSTEM}) for
 * which {@code organization} (its code, or null), the {@code action} (dotted lower case, e.g.
 * {@code dataset.import}), its {@code subject} (the record changed, e.g. {@code organization:CSTO}),
 * the SHA-256 digests of the record's state before and after (null where there was none, e.g. before
 * a creation; made with {@code org.entente.provenance.Digests}), and short {@code details} (JSON or plain text, or null).
 *
 * <p>Every text must survive a round trip through either database unchanged, since the chain's hash
 * covers it: no NUL character and no unpaired surrogate anywhere. These rules must never be
 * tightened for entries already written (verification reads the stored text as it is, but a record
 * that no longer validates cannot be read back as an {@link AuditEntry}).
 */
public record AuditRecord(String actor, String role, String organization, String action, String subject,
                          String beforeDigest, String afterDigest, String details) {

    /** The actor and role of changes that no person made (start-up imports, scheduled work). */
    public static final String SYSTEM = "system";

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SUBJECT_LENGTH = 500;
    public static final int MAX_DETAILS_LENGTH = 4000;

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*");

    /** Blank details become null; everything else is rejected with the offending field named. */
    public AuditRecord {
        singleLine("actor", actor, MAX_NAME_LENGTH);
        singleLine("role", role, MAX_NAME_LENGTH);
        if (organization != null) {
            singleLine("organization", organization, MAX_NAME_LENGTH);
        }
        singleLine("action", action, MAX_NAME_LENGTH);
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("the action is dotted lower-case words such as dataset.import, not '" + action + "'");
        }
        singleLine("subject", subject, MAX_SUBJECT_LENGTH);
        digest("beforeDigest", beforeDigest);
        digest("afterDigest", afterDigest);
        if (details != null && details.isBlank()) {
            details = null;
        }
        if (details != null) {
            if (details.length() > MAX_DETAILS_LENGTH) {
                throw new IllegalArgumentException("the details are at most " + MAX_DETAILS_LENGTH + " characters, not " + details.length());
            }
            if (details.indexOf('\0') >= 0 || !StandardCharsets.UTF_8.newEncoder().canEncode(details)) {
                throw new IllegalArgumentException("the details hold a NUL character or an unpaired surrogate");
            }
        }
    }

    /** A change made by the application itself rather than a person. */
    public static AuditRecord bySystem(String organization, String action, String subject, String beforeDigest, String afterDigest, String details) {
        return new AuditRecord(SYSTEM, SYSTEM, organization, action, subject, beforeDigest, afterDigest, details);
    }

    private static void singleLine(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + field + " is required and not blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("the " + field + " is at most " + maxLength + " characters, not " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl) || !StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException("the " + field + " holds a control character or an unpaired surrogate");
        }
    }

    private static void digest(String field, String value) {
        if (value != null && !AuditEntry.isSha256Hex(value)) {
            throw new IllegalArgumentException("the " + field + " is a SHA-256 digest in 64 lowercase hex digits, or null, not '" + value + "'");
        }
    }
}
