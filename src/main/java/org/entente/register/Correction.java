package org.entente.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change to a record of the register made after the record was first recorded: the record ({@code kind:id}, as a citation names
 * it: {@code membershipEvent:EV-BLR-ACCEDE}, {@code clause:CST-ART4}, {@code instrument:…}, {@code organization:CSTO}), when the
 * change was recorded, whether the record was corrected (a new version superseded it) or retired (it is no longer part of the
 * record; kept, readable as it stood before), the state a membership event is of (null for other records), and the sources of the
 * version that now stands (of the last version, for a retired record).
 */
public record Correction(String subject, Instant recordedAt, Kind kind, StateCode state, List<String> sources) {

    /** What was done to the record. */
    public enum Kind implements Coded {
        CORRECTED, RETIRED
    }

    public Correction {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
    }

    /** The kind of record ({@code membershipEvent}, {@code clause}, {@code instrument}, {@code organization}). */
    public String recordKind() {
        return subject.substring(0, subject.indexOf(':'));
    }

    /** The record's id within its kind. */
    public String recordId() {
        return subject.substring(subject.indexOf(':') + 1);
    }
}
