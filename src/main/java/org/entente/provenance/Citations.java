package org.entente.provenance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which records of an organization cite which sources: what each source supports. A record is named as a
 * disagreement's subject is ({@code kind:id}, e.g. {@code membershipEvent:EV-BLR-ACCEDE}, {@code request:KGZ-2010},
 * {@code forcePool:CRRF}), so that every kind of record the dataset format holds is answered by one question.
 */
public interface Citations {

    /** Every record of the organization that cites sources, as it stood at {@code recordedAt}, in the dataset format's order. */
    List<Citation> of(String organization, Instant recordedAt);

    /** A record ({@code kind:id}) and the sources it cites. */
    record Citation(String subject, List<String> sources) {
        public Citation {
            Objects.requireNonNull(subject, "subject");
            sources = List.copyOf(sources);
        }

        public boolean cites(String source) {
            return sources.contains(source);
        }
    }
}
