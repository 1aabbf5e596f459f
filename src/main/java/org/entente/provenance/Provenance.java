package org.entente.provenance;

import java.time.Instant;

/** Sources and disagreements per organization, read as they stood at an instant. */
public interface Provenance {

    ProvenanceContent content(String organization, Instant recordedAt);

    /** Replaces the organization's sources and disagreements: changed ones supersede, absent ones are retired, equal ones stay. */
    ChangeCount replace(String organization, ProvenanceContent content, Instant at);
}
