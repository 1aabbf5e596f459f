package org.entente.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditRecord;
import org.entente.audit.Verification;
import org.junit.jupiter.api.Test;

/** Walking the chain finds the first entry that is missing, altered, relinked or out of time order. */
class ChainWalkTest {

    private static final Instant START = Instant.parse("2026-03-01T09:30:00Z");

    /** A chain of {@code length} entries as appending builds it, one second apart. */
    private static List<ChainRow> chain(int length) {
        List<ChainRow> rows = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            ChainRow row = ChainRow.next(sequence, START.plusSeconds(sequence),
                    new AuditRecord("user" + sequence, "secretariat", "CSTO", "test.change", "subject:" + sequence, null, null, "details " + sequence),
                    previous);
            rows.add(row);
            previous = row.hash();
        }
        return rows;
    }

    private static ChainHead headOf(List<ChainRow> rows) {
        ChainRow last = rows.getLast();
        return new ChainHead(last.sequence(), last.hash(), last.recordedAt());
    }

    private static Verification walk(List<ChainRow> rows, ChainHead head) {
        var walk = new ChainWalk();
        for (ChainRow row : rows) {
            Optional<Verification.Broken> broken = walk.next(row);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walk.end(head);
    }

    private static ChainRow withDetails(ChainRow row, String details) {
        return new ChainRow(row.sequence(), row.recordedAt(), row.actor(), row.role(), row.organization(), row.action(), row.subject(),
                row.beforeDigest(), row.afterDigest(), details, row.previousHash(), row.hash());
    }

    private static ChainRow withRecordedAt(ChainRow row, Instant recordedAt) {
        return new ChainRow(row.sequence(), recordedAt, row.actor(), row.role(), row.organization(), row.action(), row.subject(),
                row.beforeDigest(), row.afterDigest(), row.details(), row.previousHash(), row.hash());
    }

    @Test
    void anEmptyChainIsIntactAtTheGenesisHash() {
        assertThat(walk(List.of(), new ChainHead(0, AuditEntry.GENESIS, null))).isEqualTo(new Verification.Intact(0, AuditEntry.GENESIS));
    }

    @Test
    void aChainAsAppendedIsIntactAtItsLastHash() {
        List<ChainRow> rows = chain(5);

        assertThat(walk(rows, headOf(rows))).isEqualTo(new Verification.Intact(5, rows.get(4).hash()));
        assertThat(rows.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
    }

    @Test
    void anAlteredEntryIsBrokenAtThatEntry() {
        List<ChainRow> rows = chain(5);
        ChainHead head = headOf(rows);
        rows.set(2, withDetails(rows.get(2), "something else"));

        Verification verification = walk(rows, head);

        assertThat(verification).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).contains("does not match its hash");
        });
    }

    @Test
    void aMissingEntryIsAGapAtItsSequence() {
        List<ChainRow> rows = chain(5);
        ChainHead head = headOf(rows);
        rows.remove(2);

        assertThat(walk(rows, head)).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).contains("entry 3 is missing").contains("after entry 2 is entry 4");
        });
    }

    @Test
    void aMissingFirstEntryIsAGapAtOne() {
        List<ChainRow> rows = chain(3);
        ChainHead head = headOf(rows);
        rows.removeFirst();

        assertThat(walk(rows, head)).isEqualTo(new Verification.Broken(1, "entry 1 is missing: the entry after the start of the chain is entry 2"));
    }

    @Test
    void anAlteredEntryWithItsHashRecomputedBreaksTheNextEntrysLink() {
        List<ChainRow> rows = chain(5);
        ChainHead head = headOf(rows);
        ChainRow forged = withDetails(rows.get(2), "something else");
        rows.set(2, forged.withHash(forged.computedHash()));

        assertThat(walk(rows, head)).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.reason()).contains("previous hash does not match the hash of entry 3");
        });
    }

    @Test
    void theLastEntryAlteredWithItsHashRecomputedDisagreesWithTheChainHead() {
        List<ChainRow> rows = chain(5);
        ChainHead head = headOf(rows);
        ChainRow forged = withDetails(rows.get(4), "something else");
        rows.set(4, forged.withHash(forged.computedHash()));

        assertThat(walk(rows, head)).isEqualTo(new Verification.Broken(5, "its hash does not match the hash the chain head records for it"));
    }

    @Test
    void aTruncatedChainIsBrokenAtItsFirstMissingEntry() {
        List<ChainRow> rows = chain(5);
        ChainHead head = headOf(rows);

        Verification verification = walk(rows.subList(0, 3), head);

        assertThat(verification).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.reason()).contains("the chain head records 5 entries");
        });
    }

    @Test
    void anEntryRecordedNoLaterThanTheOneBeforeIsBroken() {
        List<ChainRow> rows = chain(5);
        ChainRow early = withRecordedAt(rows.get(3), rows.get(2).recordedAt());
        rows.set(3, early.withHash(early.computedHash()));
        ChainRow next = ChainRow.next(5, rows.get(4).recordedAt(), rows.get(4).toEntry().record(), rows.get(3).hash());
        rows.set(4, next);

        assertThat(walk(rows, headOf(rows))).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.reason()).contains("not after entry 3");
        });
    }

    @Test
    void anEntryWithAnAlteredPreviousHashIsBrokenAtThatEntry() {
        List<ChainRow> rows = chain(3);
        ChainRow row = rows.get(1);
        rows.set(1, new ChainRow(row.sequence(), row.recordedAt(), row.actor(), row.role(), row.organization(), row.action(), row.subject(),
                row.beforeDigest(), row.afterDigest(), row.details(), AuditEntry.GENESIS, row.hash()));

        assertThat(walk(rows, headOf(rows))).isInstanceOfSatisfying(Verification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(2));
    }
}
