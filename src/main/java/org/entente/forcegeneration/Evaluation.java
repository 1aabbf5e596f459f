package org.entente.forcegeneration;

import java.util.List;

/**
 * A plan scored by the benchmark's objective: each term raw and the weighted total (lower is better),
 * and what a planner reads besides: the share of required personnel covered, when the whole force has
 * arrived, how far the states' shares of the force are from their burden shares (total variation
 * distance), how many states contribute, and which hard rules the plan breaks (none, for a feasible plan).
 */
public record Evaluation(double objective, long shortfallPersonnel, long shortfallUnits, int maxArrivalHours, long overcommitPersonnel,
                         long burdenDeviationPersonnel, double coverage, double burdenDistance, int contributingStates,
                         List<String> violations) {

    public Evaluation {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
