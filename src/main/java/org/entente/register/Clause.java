package org.entente.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An article of an instrument, of one or more kinds, in force for the half-open period [{@code inForceFrom}, {@code inForceUntil}). */
public record Clause(String id, String instrumentId, String article, String title, String summary, Set<ClauseKind> kinds,
                     PartialDate inForceFrom, PartialDate inForceUntil, List<String> sourceIds) {

    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrumentId, "instrument");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(inForceFrom, "in force from");
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a clause has at least one kind");
        }
        if (inForceUntil != null && !inForceUntil.date().isAfter(inForceFrom.date())) {
            throw new IllegalArgumentException("a clause's period in force must end (" + inForceUntil + ") after it starts (" + inForceFrom + ")");
        }
        sourceIds = List.copyOf(sourceIds);
    }

    public boolean isOfKind(ClauseKind kind) {
        return kinds.contains(kind);
    }

    public boolean inForceOn(LocalDate day) {
        return inForce().contains(day);
    }

    public Period inForce() {
        return new Period(inForceFrom, inForceUntil);
    }
}
