package org.entente.forcegeneration;

import java.util.List;
import org.entente.forces.Capability;

/**
 * A plan explained: what each term of the objective costs (its amount, its weight, the product), which
 * requirement is short or over and by how much, and each state's contribution against its burden share.
 * Its terms are what the score sums ({@link Objective}).
 */
public record Explanation(List<Term> terms, List<RequirementLine> requirements, List<StateLine> states) {

    /** One term of the score: {@code code} names it for a page to word in its reader's language, {@code name} in English. */
    public record Term(String code, String name, double amount, double weight, double cost) {
    }

    public record RequirementLine(String id, Capability capability, int personnel, long covered, int minUnits, int units, long shortPersonnel,
                                  int shortUnits, long overPersonnel, int latestArrivalHours, int lastArrivalHours) {
    }

    public record StateLine(String id, double burdenShare, int targetPersonnel, long committed, int nationalCapPersonnel, long deviation) {
    }

    public Explanation {
        terms = List.copyOf(terms);
        requirements = List.copyOf(requirements);
        states = List.copyOf(states);
    }

    /** The plan explained: {@link Objective#explain}, from the same count of the plan as its score. */
    public static Explanation of(ForceProblem problem, ForcePlan plan) {
        return Objective.explain(problem, plan);
    }
}
