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
 * Each term is defined once, here ({@link #personnelShort}, {@link #unitsShort}, {@link #personnelOver},
 * {@link #burdenDeviation}): the planner's incremental form and the Timefold constraints use these, and
 * tests check them against {@link #evaluate}. The score and the explanation come from one count of the
 * plan ({@link #evaluate}, {@link #explain}): the weighted total is the sum of the explanation's terms.
 * The hard rules (capability, arrival in time, no combat task for a unit that takes none, national
 * caps) are checked too, and reported as violations rather than priced.
 */
public final class Objective {

    private Objective() {
    }

    /** The personnel a requirement lacks when {@code covered} serve it. */
    public static long personnelShort(Requirement requirement, long covered) {
        return Math.max(0, requirement.personnel() - covered);
    }

    /** The units a requirement lacks when {@code units} serve it. */
    public static long unitsShort(Requirement requirement, int units) {
        return Math.max(0, requirement.minUnits() - units);
    }

    /** The personnel serving a requirement beyond what it asks, when {@code covered} serve it. */
    public static long personnelOver(Requirement requirement, long covered) {
        return Math.max(0, covered - requirement.personnel());
    }

    /** How far a state committing {@code committed} personnel is from its burden share's target. */
    public static long burdenDeviation(Contributor state, long committed) {
        return Math.abs(committed - state.targetPersonnel());
    }

    public static Evaluation evaluate(ForceProblem problem, ForcePlan plan) {
        return new Count(problem, plan).evaluation();
    }

    /** The plan explained from the same count as its {@link #evaluate evaluation}. */
    public static Explanation explain(ForceProblem problem, ForcePlan plan) {
        Count count = new Count(problem, plan);
        return count.explanation(count.evaluation());
    }

    /** What a plan assigns, counted once per requirement and state: covered personnel, units, last arrival, committed personnel. */
    private static final class Count {

        private final ForceProblem problem;
        private final long[] covered;
        private final int[] units;
        private final int[] last;
        private final long[] committed;
        private final List<String> violations = new ArrayList<>();
        private int maxArrival;

        Count(ForceProblem problem, ForcePlan plan) {
            this.problem = problem;
            this.covered = new long[problem.requirements().size()];
            this.units = new int[problem.requirements().size()];
            this.last = new int[problem.requirements().size()];
            this.committed = new long[problem.states().size()];
            for (int u = 0; u < problem.units().size(); u++) {
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
                units[r]++;
                last[r] = Math.max(last[r], unit.arrivalHours());
                committed[problem.stateOf(u)] += unit.personnel();
                maxArrival = Math.max(maxArrival, unit.arrivalHours());
            }
        }

        Evaluation evaluation() {
            long shortfallPersonnel = 0;
            long shortfallUnits = 0;
            long overcommit = 0;
            long required = 0;
            long coveredWithin = 0;
            for (int r = 0; r < covered.length; r++) {
                Requirement requirement = problem.requirements().get(r);
                shortfallPersonnel += personnelShort(requirement, covered[r]);
                shortfallUnits += unitsShort(requirement, units[r]);
                overcommit += personnelOver(requirement, covered[r]);
                required += requirement.personnel();
                coveredWithin += Math.min(covered[r], requirement.personnel());
            }
            long deviation = 0;
            long total = 0;
            int contributing = 0;
            List<String> all = new ArrayList<>(violations);
            for (int s = 0; s < committed.length; s++) {
                Contributor state = problem.states().get(s);
                deviation += burdenDeviation(state, committed[s]);
                total += committed[s];
                if (committed[s] > 0) {
                    contributing++;
                }
                if (committed[s] > state.nationalCapPersonnel()) {
                    all.add("state " + state.id() + " commits " + committed[s] + " personnel, above its cap of " + state.nationalCapPersonnel());
                }
            }
            double distance = 0;
            for (int s = 0; s < committed.length; s++) {
                double share = total == 0 ? 0 : (double) committed[s] / total;
                distance += Math.abs(share - problem.states().get(s).burdenShare());
            }
            double objective = 0;
            for (Explanation.Term term : terms(problem.weights(), shortfallPersonnel, shortfallUnits, maxArrival, overcommit, deviation)) {
                objective += term.cost();
            }
            return new Evaluation(objective, shortfallPersonnel, shortfallUnits, maxArrival, overcommit, deviation,
                    required == 0 ? 1.0 : (double) coveredWithin / required, 0.5 * distance, contributing, all);
        }

        Explanation explanation(Evaluation evaluation) {
            List<Explanation.RequirementLine> lines = new ArrayList<>();
            for (int r = 0; r < covered.length; r++) {
                Requirement requirement = problem.requirements().get(r);
                lines.add(new Explanation.RequirementLine(requirement.id(), requirement.capability(), requirement.personnel(), covered[r],
                        requirement.minUnits(), units[r], personnelShort(requirement, covered[r]), (int) unitsShort(requirement, units[r]),
                        personnelOver(requirement, covered[r]), requirement.latestArrivalHours(), last[r]));
            }
            List<Explanation.StateLine> states = new ArrayList<>();
            for (int s = 0; s < committed.length; s++) {
                Contributor state = problem.states().get(s);
                states.add(new Explanation.StateLine(state.id(), state.burdenShare(), state.targetPersonnel(), committed[s],
                        state.nationalCapPersonnel(), burdenDeviation(state, committed[s])));
            }
            return new Explanation(terms(problem.weights(), evaluation.shortfallPersonnel(), evaluation.shortfallUnits(), evaluation.maxArrivalHours(),
                    evaluation.overcommitPersonnel(), evaluation.burdenDeviationPersonnel()), lines, states);
        }
    }

    /** The objective's terms, each its amount, weight and cost, in the order they are summed. */
    private static List<Explanation.Term> terms(Weights w, long personnelShort, long unitsShort, int arrival, long personnelOver, long deviation) {
        return List.of(
                new Explanation.Term("personnel_short", "personnel short", personnelShort, w.shortfallPersonnel(), w.shortfallPersonnel() * personnelShort),
                new Explanation.Term("units_short", "units short", unitsShort, w.shortfallUnits(), w.shortfallUnits() * unitsShort),
                new Explanation.Term("arrival", "arrival of the force, hours", arrival, w.maxArrivalHours(), w.maxArrivalHours() * arrival),
                new Explanation.Term("personnel_over", "personnel over requirements", personnelOver, w.overcommitPersonnel(), w.overcommitPersonnel() * personnelOver),
                new Explanation.Term("burden_deviation", "personnel off burden shares", deviation, w.burdenDeviationPersonnel(), w.burdenDeviationPersonnel() * deviation));
    }

    private static String whyNot(ForceUnit unit, Requirement requirement) {
        return switch (requirement.firstBreached(unit)) {
            case CAPABILITY -> ": it is " + unit.capability() + ", the requirement is " + requirement.capability();
            case LATE -> ": it arrives at " + unit.arrivalHours() + " h, after " + requirement.latestArrivalHours() + " h";
            case COMBAT_CAVEAT -> ": a combat task for a unit that takes none";
            case NATIONAL_CAP -> throw new IllegalStateException("a pair's rules do not include the national cap");
        };
    }
}
