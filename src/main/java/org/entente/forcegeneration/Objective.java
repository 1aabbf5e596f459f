package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.List;

/**
 * The one function that scores a plan, as bench/FORCE-GENERATION.md defines it (minimise):
 * <pre>
 *   shortfallPersonnel  * sum_r max(0, personnel_r - covered_r)
 * + shortfallUnits      * sum_r max(0, minUnits_r - units_r)
 * + maxArrivalHours     * max arrivalHours over assigned units
 * + overcommitPersonnel * sum_r max(0, covered_r - personnel_r)
 * + burdenDeviationPersonnel * sum_s |committed_s - targetPersonnel_s|
 * </pre>
 * The hard rules (capability, arrival in time, no combat task for a unit that takes none, national
 * caps) are checked too, and reported as violations rather than priced.
 */
public final class Objective {

    private Objective() {
    }

    public static Evaluation evaluate(ForceProblem problem, ForcePlan plan) {
        int units = problem.units().size();
        int requirements = problem.requirements().size();
        int states = problem.states().size();
        long[] covered = new long[requirements];
        int[] count = new int[requirements];
        long[] committed = new long[states];
        int maxArrival = 0;
        List<String> violations = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int r = plan.requirementOf(u);
            if (r == ForcePlan.UNASSIGNED) {
                continue;
            }
            ForceUnit unit = problem.units().get(u);
            Requirement requirement = problem.requirements().get(r);
            if (!requirement.accepts(unit)) {
                violations.add("unit " + unit.id() + " may not serve " + requirement.id() + whyNot(unit, requirement));
            }
            covered[r] += unit.personnel();
            count[r]++;
            committed[problem.stateOf(u)] += unit.personnel();
            maxArrival = Math.max(maxArrival, unit.arrivalHours());
        }
        long shortfallPersonnel = 0;
        long shortfallUnits = 0;
        long overcommit = 0;
        long required = 0;
        long coveredWithin = 0;
        for (int r = 0; r < requirements; r++) {
            Requirement requirement = problem.requirements().get(r);
            shortfallPersonnel += Math.max(0, requirement.personnel() - covered[r]);
            shortfallUnits += Math.max(0, requirement.minUnits() - count[r]);
            overcommit += Math.max(0, covered[r] - requirement.personnel());
            required += requirement.personnel();
            coveredWithin += Math.min(covered[r], requirement.personnel());
        }
        long deviation = 0;
        long total = 0;
        int contributing = 0;
        for (int s = 0; s < states; s++) {
            Contributor state = problem.states().get(s);
            deviation += Math.abs(committed[s] - state.targetPersonnel());
            total += committed[s];
            if (committed[s] > 0) {
                contributing++;
            }
            if (committed[s] > state.nationalCapPersonnel()) {
                violations.add("state " + state.id() + " commits " + committed[s] + " personnel, above its cap of " + state.nationalCapPersonnel());
            }
        }
        double distance = 0;
        for (int s = 0; s < states; s++) {
            double share = total == 0 ? 0 : (double) committed[s] / total;
            distance += Math.abs(share - problem.states().get(s).burdenShare());
        }
        Weights w = problem.weights();
        double objective = w.shortfallPersonnel() * shortfallPersonnel + w.shortfallUnits() * shortfallUnits + w.maxArrivalHours() * maxArrival
                + w.overcommitPersonnel() * overcommit + w.burdenDeviationPersonnel() * deviation;
        return new Evaluation(objective, shortfallPersonnel, shortfallUnits, maxArrival, overcommit, deviation,
                required == 0 ? 1.0 : (double) coveredWithin / required, 0.5 * distance, contributing, violations);
    }

    private static String whyNot(ForceUnit unit, Requirement requirement) {
        if (unit.capability() != requirement.capability()) {
            return ": it is " + unit.capability() + ", the requirement is " + requirement.capability();
        }
        if (unit.arrivalHours() > requirement.latestArrivalHours()) {
            return ": it arrives at " + unit.arrivalHours() + " h, after " + requirement.latestArrivalHours() + " h";
        }
        return ": a combat task for a unit that takes none";
    }
}
