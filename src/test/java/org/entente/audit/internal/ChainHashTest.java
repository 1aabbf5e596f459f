package org.entente.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditRecord;
import org.entente.provenance.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hash of a chain entry: its canonical encoding covers every field, unambiguously, as docs/audit.md says. */
class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

    private static ChainRow first() {
        return ChainRow.next(1, AT, AuditRecord.bySystem(null, "dataset.import", "organization:CSTO", null,
                Digests.sha256("after"), "{\"added\":15}"), AuditEntry.GENESIS);
    }

    private static ChainRow second(String previousHash) {
        return ChainRow.next(2, AT.plusNanos(1_000), new AuditRecord("a.karimova", "secretariat", "CSTO", "membership-event.correct",
                "membership-event:CSTO/KGZ-request", Digests.sha256("before"), null, "Дата: 2010, не 2009"), previousHash);
    }

    /** The values computed by the Python reference in docs/audit.md, which shares no code with this one. */
    @Test
    void hashesAsTheReferenceImplementationInTheDocs() {
        ChainRow first = first();
        ChainRow second = second(first.hash());

        assertThat(first.hash()).isEqualTo("73117dbfd58d18e9c447d16ddf31924516df6858f2267d5885a74bf8cb511068");
        assertThat(second.hash()).isEqualTo("707523580c43b034a07e684ee41736a62f55fe5b9448b93261f013073c476df4");
    }

    @Test
    void encodesEachFieldWithItsLengthOrAsAbsent() {
        byte[] encoded = first().canonical();

        // the format's name first: present (1), 21 bytes, then the bytes
        assertThat(Arrays.copyOfRange(encoded, 0, 5)).containsExactly(1, 0, 0, 0, 21);
        assertThat(new String(encoded, 5, 21)).isEqualTo(ChainRow.FORMAT);
        // the sequence "1"
        assertThat(Arrays.copyOfRange(encoded, 26, 32)).containsExactly(1, 0, 0, 0, 1, '1');
        assertThat(first().hashedFields()).element(2).isEqualTo("2026-03-01T09:30:00.000000Z");
    }

    @Test
    void movingTextBetweenNeighbouringFieldsChangesTheHash() {
        ChainRow row = first();
        ChainRow ab = new ChainRow(1, AT, "ab", "c", null, "x.y", "s", null, null, null, AuditEntry.GENESIS, null);
        ChainRow bc = new ChainRow(1, AT, "a", "bc", null, "x.y", "s", null, null, null, AuditEntry.GENESIS, null);

        assertThat(ab.computedHash()).isNotEqualTo(bc.computedHash());
        assertThat(row.computedHash()).isEqualTo(row.hash());
    }

    @Test
    void anAbsentFieldIsNotAnEmptyOne() {
        ChainRow absent = new ChainRow(1, AT, "a", "r", null, "x.y", "s", null, null, null, AuditEntry.GENESIS, null);
        ChainRow empty = new ChainRow(1, AT, "a", "r", "", "x.y", "s", null, null, null, AuditEntry.GENESIS, null);

        assertThat(absent.computedHash()).isNotEqualTo(empty.computedHash());
    }

    @Test
    void theInstantCountsToTheMicrosecond() {
        ChainRow row = second(AuditEntry.GENESIS);
        ChainRow later = new ChainRow(row.sequence(), row.recordedAt().plusNanos(1_000), row.actor(), row.role(), row.organization(),
                row.action(), row.subject(), row.beforeDigest(), row.afterDigest(), row.details(), row.previousHash(), row.hash());

        assertThat(later.computedHash()).isNotEqualTo(row.hash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequence", "recordedAt", "actor", "role", "organization", "action", "subject", "beforeDigest", "afterDigest",
            "details", "previousHash"})
    void changingAnyFieldChangesTheHash(String field) throws ReflectiveOperationException {
        ChainRow row = second(first().hash());
        RecordComponent[] components = ChainRow.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = components[i].getAccessor().invoke(row);
            if (components[i].getName().equals(field)) {
                value = switch (value) {
                    case Long sequence -> sequence + 1;
                    case Instant instant -> instant.plusSeconds(1);
                    case null -> "added";
                    default -> value + "!";
                };
            }
            values[i] = value;
        }
        ChainRow changed = ChainRow.class.getDeclaredConstructor(types).newInstance(values);

        assertThat(changed.computedHash()).isNotEqualTo(row.hash());
    }

    @Test
    void anEntryReadBackIsTheRecordAppended() {
        AuditRecord record = new AuditRecord("a.karimova", "secretariat", "CSTO", "x.y", "s", null, null, null);
        ChainRow row = ChainRow.next(7, AT, record, Digests.sha256("6"));

        AuditEntry entry = row.toEntry();

        assertThat(entry.record()).isEqualTo(record);
        assertThat(entry.sequence()).isEqualTo(7);
        assertThat(entry.previousHash()).isEqualTo(Digests.sha256("6"));
        assertThat(entry.hash()).isEqualTo(row.computedHash());
    }
}
