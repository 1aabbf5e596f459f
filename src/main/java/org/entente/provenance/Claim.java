package org.entente.provenance;

import java.util.List;
import java.util.Objects;

/** What some sources say the value of a fact is, in their own words where they say more. */
public record Claim(String value, String wording, boolean preferred, List<String> sources) {

    public Claim {
        Objects.requireNonNull(value, "value");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim cites at least one source");
        }
    }
}
