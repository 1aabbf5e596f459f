package org.entente.register;

import java.util.List;
import java.util.Objects;

/** A treaty, charter, protocol or agreement of an organization: when and where signed, when in force, its term and renewal. */
public record Instrument(String id, InstrumentKind kind, String title, PartialDate signed, String signedPlace,
                         PartialDate entryIntoForce, Integer initialTermYears, String renewalRule, List<String> sources) {

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        sources = List.copyOf(sources);
    }
}
