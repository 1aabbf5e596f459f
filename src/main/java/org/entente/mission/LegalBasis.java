package org.entente.mission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a mission rests on: the request for assistance, the clause the decision to deploy forces cites, and how its
 * force came to be: the force package accepted for the request (where force generation was used), a force sent
 * without force generation, or the mission recorded from the dataset, on the sources cited.
 */
public record LegalBasis(String request, String clause, Grounds grounds) {

    public LegalBasis {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(grounds, "grounds");
        if (request.isBlank() || clause.isBlank()) {
            throw new IllegalArgumentException("a legal basis names the request and the clause the decision cites");
        }
    }

    /** How the mission's force came to be. */
    public sealed interface Grounds {

        /** The force package accepted for the request, when and by whom. */
        record AcceptedPackage(Instant acceptedAt, String acceptedBy) implements Grounds {
            public AcceptedPackage {
                Objects.requireNonNull(acceptedAt, "accepted at");
                Objects.requireNonNull(acceptedBy, "accepted by");
            }
        }

        /** A force sent on the decision without force generation in Entente. */
        record WithoutForceGeneration() implements Grounds {
        }

        /** A mission of the past, recorded from the dataset on the sources cited. */
        record RecordedFromDataset(List<String> sources) implements Grounds {
            public RecordedFromDataset {
                sources = List.copyOf(sources);
                if (sources.isEmpty()) {
                    throw new IllegalArgumentException("a mission recorded from the dataset cites at least one source");
                }
            }
        }
    }
}
