package org.entente.audit;

import java.time.Instant;

/**
 * Which audit entries to list: each given field must match exactly, {@code from} (inclusive) and
 * {@code to} (exclusive) bound the recorded instant. Every field is optional (null or blank: any).
 * The entries of an exercise's organization ({@link ExerciseOrganizations}) are listed only where
 * {@code organization} names it: the real trail's answers leave them out.
 */
public record AuditFilter(String actor, String organization, String action, String subject, Instant from, Instant to) {

    /** Every entry. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        organization = blankToNull(organization);
        action = blankToNull(action);
        subject = blankToNull(subject);
    }

    /** The history of one record: every entry about {@code subject}. */
    public static AuditFilter ofSubject(String subject) {
        return new AuditFilter(null, null, null, subject, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
