package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.Weights;

/**
 * The objective's weights as whole numbers for a long score: multiplied by {@code scale} (1 where the
 * weights are whole, as in the benchmark's instances; 1000 otherwise), so the soft score is the
 * objective times the scale.
 */
record SolverWeights(long scale, long shortfallPersonnel, long shortfallUnits, long maxArrivalHours, long overcommitPersonnel,
                     long burdenDeviationPersonnel) {

    static SolverWeights of(Weights w) {
        double[] all = {w.shortfallPersonnel(), w.shortfallUnits(), w.maxArrivalHours(), w.overcommitPersonnel(), w.burdenDeviationPersonnel()};
        long scale = java.util.Arrays.stream(all).allMatch(x -> x == Math.rint(x)) ? 1 : 1000;
        return new SolverWeights(scale, Math.round(w.shortfallPersonnel() * scale), Math.round(w.shortfallUnits() * scale),
                Math.round(w.maxArrivalHours() * scale), Math.round(w.overcommitPersonnel() * scale), Math.round(w.burdenDeviationPersonnel() * scale));
    }
}
