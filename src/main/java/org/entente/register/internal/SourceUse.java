package org.entente.register.internal;

import java.util.List;
import org.entente.provenance.Citations.Citation;
import org.entente.provenance.Disagreement;
import org.entente.provenance.ProvenanceContent;
import org.entente.provenance.Source;

/** A source with the records it supports (as {@code kind:id}: the register's, and requests and force pools) and the disagreements it takes part in. */
record SourceUse(Source source, List<String> supports, List<Disagreement> disagreements) {

    static List<SourceUse> of(List<Citation> citations, ProvenanceContent provenance) {
        return provenance.sources().stream().map(source -> new SourceUse(source,
                citations.stream().filter(citation -> citation.cites(source.id())).map(Citation::subject).toList(),
                provenance.disagreements().stream().filter(d -> d.cites(source.id())).toList())).toList();
    }
}
