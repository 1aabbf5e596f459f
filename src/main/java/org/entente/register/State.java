package org.entente.register;

import java.util.Map;
import java.util.Objects;

/** A state, by its ISO 3166-1 alpha-3 code, with its names by language tag ({@code en}, {@code ru}, {@code id}). */
public record State(StateCode code, Map<String, String> names) {

    public State {
        Objects.requireNonNull(code, "code");
        names = Map.copyOf(names);
    }

    /** The name in {@code language}, falling back to English. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }
}
