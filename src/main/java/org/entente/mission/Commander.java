package org.entente.mission;

import java.util.List;
import java.util.Objects;
import org.entente.register.StateCode;

/** Who commands a mission's force: their name, rank and state, as the sources cited name them. */
public record Commander(String name, String rank, StateCode state, List<String> sources) {

    public Commander {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(state, "state");
        if (name.isBlank() || rank.isBlank()) {
            throw new IllegalArgumentException("a commander is named, with a rank");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a commander is named by at least one source");
        }
    }
}
