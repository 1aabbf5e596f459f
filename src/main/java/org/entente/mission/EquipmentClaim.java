package org.entente.mission;

import java.util.List;
import java.util.Objects;

/**
 * Equipment the sources say a mission took, not yet placed in a contingent's inventory: recorded by name, and by
 * count where the sources give one, never by what it can do (for Kazakhstan 2022, the BMD-4, Tigr and BTR-82A
 * vehicles, satellite communication stations and Leer-3 complexes that only the article names).
 */
public record EquipmentClaim(String name, Integer count, String wording, List<String> sources) {

    public static final int MAX_NAME = 200;
    public static final int MAX_COUNT = 100_000;

    public EquipmentClaim {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("an item of equipment is named in 1 to " + MAX_NAME + " characters");
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            throw new IllegalArgumentException("an item of equipment is counted from 1 to " + MAX_COUNT + ", or not at all where the sources give no count");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("equipment claimed of a mission cites at least one source");
        }
    }

    /** Whether one source alone says so: shown as such, since nothing else confirms it. */
    public boolean singleSource() {
        return sources.size() == 1;
    }
}
