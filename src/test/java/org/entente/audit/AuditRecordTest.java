package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.entente.provenance.Digests;
import org.junit.jupiter.api.Test;

/** What may go into the audit trail: records, entries and filters validated on construction. */
class AuditRecordTest {

    private static final String DIGEST = Digests.sha256("state");

    private static AuditRecord record(String actor, String role, String organization, String action, String subject,
                                      String before, String after, String details) {
        return new AuditRecord(actor, role, organization, action, subject, before, after, details);
    }

    @Test
    void acceptsAFullRecordAndAMinimalOne() {
        AuditRecord full = record("a.karimova", "secretariat", "CSTO", "membership-event.correct", "membership-event:CSTO/KGZ",
                DIGEST, DIGEST, "{\"from\":\"2009\",\"to\":\"2010\"}\n");
        AuditRecord minimal = record("system", "system", null, "dataset.import", "organization:CSTO", null, null, null);

        assertThat(full.details()).endsWith("\n");
        assertThat(minimal.organization()).isNull();
    }

    @Test
    void blankDetailsAreNoDetails() {
        assertThat(record("system", "system", null, "dataset.import", "organization:CSTO", null, null, " \n").details()).isNull();
    }

    @Test
    void theSystemActsInTheSystemRole() {
        AuditRecord record = AuditRecord.bySystem("CSTO", "dataset.import", "organization:CSTO", null, DIGEST, null);

        assertThat(record.actor()).isEqualTo("system");
        assertThat(record.role()).isEqualTo("system");
    }

    @Test
    void rejectsAMissingOrBlankActorRoleActionOrSubject() {
        assertThatIllegalArgumentException().isThrownBy(() -> record(null, "secretariat", null, "x.y", "s", null, null, null)).withMessageContaining("actor");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", " ", null, "x.y", "s", null, null, null)).withMessageContaining("role");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "", "s", null, null, null)).withMessageContaining("action");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", null, null, null, null)).withMessageContaining("subject");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", "", "x.y", "s", null, null, null)).withMessageContaining("organization");
    }

    @Test
    void rejectsAnActionThatIsNotDottedLowerCaseWords() {
        for (String action : new String[] {"Dataset.Import", "dataset import", "dataset.", ".import", "dataset..import", "1dataset"}) {
            assertThatIllegalArgumentException().as(action).isThrownBy(() -> record("a", "r", null, action, "s", null, null, null))
                    .withMessageContaining("action");
        }
    }

    @Test
    void rejectsDigestsThatAreNotLowercaseSha256Hex() {
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "s", DIGEST.toUpperCase(), null, null))
                .withMessageContaining("beforeDigest");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "s", null, "abc", null))
                .withMessageContaining("afterDigest");
    }

    @Test
    void rejectsTextThatWouldNotComeBackFromTheDatabaseUnchanged() {
        assertThatIllegalArgumentException().isThrownBy(() -> record("a\u0000b", "r", null, "x.y", "s", null, null, null)).withMessageContaining("actor");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "line\nbreak", null, null, null)).withMessageContaining("subject");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "s", null, null, "nul\u0000")).withMessageContaining("details");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "s", null, null, "half \uD800 a pair")).withMessageContaining("details");
        assertThatIllegalArgumentException().isThrownBy(() -> record("\uDC00", "r", null, "x.y", "s", null, null, null)).withMessageContaining("actor");
    }

    @Test
    void rejectsTextsOverTheirLimits() {
        record("a".repeat(AuditRecord.MAX_NAME_LENGTH), "r", null, "x.y", "s".repeat(AuditRecord.MAX_SUBJECT_LENGTH), null, null,
                "d".repeat(AuditRecord.MAX_DETAILS_LENGTH));

        assertThatIllegalArgumentException().isThrownBy(() -> record("a".repeat(AuditRecord.MAX_NAME_LENGTH + 1), "r", null, "x.y", "s", null, null, null))
                .withMessageContaining("actor");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "s".repeat(AuditRecord.MAX_SUBJECT_LENGTH + 1), null, null, null))
                .withMessageContaining("subject");
        assertThatIllegalArgumentException().isThrownBy(() -> record("a", "r", null, "x.y", "s", null, null, "d".repeat(AuditRecord.MAX_DETAILS_LENGTH + 1)))
                .withMessageContaining("details");
    }

    @Test
    void anEntryIsRecordedToTheMicrosecondWithItsPlaceAndHashes() {
        AuditRecord record = record("a", "r", null, "x.y", "s", null, null, null);
        Instant micros = Instant.parse("2026-03-01T09:30:00.000001Z");

        new AuditEntry(1, micros, record, AuditEntry.GENESIS, DIGEST);
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(1, micros.plusNanos(1), record, AuditEntry.GENESIS, DIGEST));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(0, micros, record, AuditEntry.GENESIS, DIGEST));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(1, micros, record, "0", DIGEST));
    }

    @Test
    void aFilterTreatsBlankFieldsAsAny() {
        assertThat(new AuditFilter(" ", "", null, "\t", null, null)).isEqualTo(AuditFilter.ALL);
        assertThat(AuditFilter.ofSubject("organization:CSTO").subject()).isEqualTo("organization:CSTO");
    }
}
