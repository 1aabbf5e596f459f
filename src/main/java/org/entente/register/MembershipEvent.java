package org.entente.register;

import java.util.List;
import java.util.Objects;

/** One dated membership event of one state in one organization, with the sources that report it. */
public record MembershipEvent(String id, StateCode state, MembershipEventType type, PartialDate date,
                              String instrument, String note, List<String> sources) {

    public MembershipEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
    }
}
