package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.List;
import org.entente.forces.Capability;

/**
 * A plan explained: what each term of the objective costs (its amount, its weight, the product), which
 * requirement is short or over and by how much, and each state's contribution against its burden share.
 */
public record Explanation(List<Term> terms, List<RequirementLine> requirements, List<StateLine> states) {

    public record Term(String name, double amount, double weight, double cost) {
    }

    public record RequirementLine(String id, Capability capability, int personnel, long covered, int minUnits, int units, long shortPersonnel,
                                  int shortUnits, long overPersonnel, int latestArrivalHours, int lastArrivalHours) {
    }

    public record StateLine(String id, double burdenShare, int targetPersonnel, long committed, int nationalCapPersonnel, long deviation) {
    }

    public static Explanation of(ForceProblem problem, ForcePlan plan) {
        Evaluation evaluation = Objective.evaluate(problem, plan);
        Weights w = problem.weights();
        List<Term> terms = List.of(
                new Term("personnel short", evaluation.shortfallPersonnel(), w.shortfallPersonnel(), w.shortfallPersonnel() * evaluation.shortfallPersonnel()),
                new Term("units short", evaluation.shortfallUnits(), w.shortfallUnits(), w.shortfallUnits() * evaluation.shortfallUnits()),
                new Term("arrival of the force, hours", evaluation.maxArrivalHours(), w.maxArrivalHours(), w.maxArrivalHours() * evaluation.maxArrivalHours()),
                new Term("personnel over requirements", evaluation.overcommitPersonnel(), w.overcommitPersonnel(),
                        w.overcommitPersonnel() * evaluation.overcommitPersonnel()),
                new Term("personnel off burden shares", evaluation.burdenDeviationPersonnel(), w.burdenDeviationPersonnel(),
                        w.burdenDeviationPersonnel() * evaluation.burdenDeviationPersonnel()));
        int requirementCount = problem.requirements().size();
        long[] covered = new long[requirementCount];
        int[] units = new int[requirementCount];
        int[] last = new int[requirementCount];
        long[] committed = new long[problem.states().size()];
        for (int u = 0; u < problem.units().size(); u++) {
            int r = plan.requirementOf(u);
            if (r != ForcePlan.UNASSIGNED) {
                ForceUnit unit = problem.units().get(u);
                covered[r] += unit.personnel();
                units[r]++;
                last[r] = Math.max(last[r], unit.arrivalHours());
                committed[problem.stateOf(u)] += unit.personnel();
            }
        }
        List<RequirementLine> lines = new ArrayList<>();
        for (int r = 0; r < requirementCount; r++) {
            Requirement requirement = problem.requirements().get(r);
            lines.add(new RequirementLine(requirement.id(), requirement.capability(), requirement.personnel(), covered[r], requirement.minUnits(),
                    units[r], Math.max(0, requirement.personnel() - covered[r]), Math.max(0, requirement.minUnits() - units[r]),
                    Math.max(0, covered[r] - requirement.personnel()), requirement.latestArrivalHours(), last[r]));
        }
        List<StateLine> states = new ArrayList<>();
        for (int s = 0; s < problem.states().size(); s++) {
            Contributor state = problem.states().get(s);
            states.add(new StateLine(state.id(), state.burdenShare(), state.targetPersonnel(), committed[s], state.nationalCapPersonnel(),
                    Math.abs(committed[s] - state.targetPersonnel())));
        }
        return new Explanation(terms, lines, states);
    }
}
