package org.entente.support;

import java.util.List;

/** Percentiles of a benchmark's measurements: the value below which {@code share} of them lie (the nearest rank). */
public final class Percentiles {

    private Percentiles() {
    }

    public static double of(List<Double> values, double share) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
    }
}
