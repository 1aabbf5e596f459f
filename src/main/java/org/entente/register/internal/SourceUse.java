package org.entente.register.internal;

import java.util.ArrayList;
import java.util.List;
import org.entente.provenance.Disagreement;
import org.entente.provenance.ProvenanceContent;
import org.entente.provenance.Source;
import org.entente.register.RegisterContent;

/** A source with the facts of the register it supports (as {@code kind:id}) and the disagreements it takes part in. */
record SourceUse(Source source, List<String> supports, List<Disagreement> disagreements) {

    static List<SourceUse> of(RegisterContent register, ProvenanceContent provenance) {
        return provenance.sources().stream().map(source -> {
            var supports = new ArrayList<String>();
            String id = source.id();
            if (register.organization().sourceIds().contains(id)) {
                supports.add("organization:" + register.organization().code());
            }
            register.instruments().stream().filter(i -> i.sourceIds().contains(id)).forEach(i -> supports.add("instrument:" + i.id()));
            register.clauses().stream().filter(c -> c.sourceIds().contains(id)).forEach(c -> supports.add("clause:" + c.id()));
            register.events().stream().filter(e -> e.sourceIds().contains(id)).forEach(e -> supports.add("membershipEvent:" + e.id()));
            return new SourceUse(source, supports, provenance.disagreements().stream().filter(d -> d.cites(id)).toList());
        }).toList();
    }
}
