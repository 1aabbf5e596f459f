package org.entente.register;

import java.util.List;
import java.util.Objects;

/** One dated membership event of one state in one organization, with the sources that report it. */
public record MembershipEvent(String id, StateCode state, MembershipEventType type, PartialDate date,
                              String instrumentId, String note, List<String> sourceIds) {

    public MembershipEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        sourceIds = List.copyOf(sourceIds);
    }
}
