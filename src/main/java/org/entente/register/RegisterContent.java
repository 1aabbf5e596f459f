package org.entente.register;

import java.util.List;
import java.util.Objects;

/** Everything the register holds for one organization, as a dataset imports it or an export writes it. */
public record RegisterContent(Organization organization, List<Instrument> instruments, List<Clause> clauses, List<MembershipEvent> events) {

    public RegisterContent {
        Objects.requireNonNull(organization, "organization");
        instruments = List.copyOf(instruments);
        clauses = List.copyOf(clauses);
        events = List.copyOf(events);
    }
}
