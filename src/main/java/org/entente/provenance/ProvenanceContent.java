package org.entente.provenance;

import java.util.List;

/** The sources and disagreements of one organization's record. */
public record ProvenanceContent(List<Source> sources, List<Disagreement> disagreements) {

    public ProvenanceContent {
        sources = List.copyOf(sources);
        disagreements = List.copyOf(disagreements);
    }
}
