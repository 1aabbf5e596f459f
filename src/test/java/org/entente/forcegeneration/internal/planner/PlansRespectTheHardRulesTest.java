package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.SmallProblems;
import org.junit.jupiter.api.Test;

/**
 * Over 300 small seeded random problems: every plan the greedy construction and both local searches
 * make respects every hard rule, and the incremental objective the searches steer by is always the
 * one function's ({@link Objective}), move after move.
 */
class PlansRespectTheHardRulesTest {

    private static final int PROBLEMS = 300;

    @Test
    void everyPlanTheSolversMakeRespectsEveryHardRule() {
        for (long seed = 0; seed < PROBLEMS; seed++) {
            ForceProblem problem = SmallProblems.random(seed);
            ForcePlan greedy = GreedyConstruction.build(problem);
            assertThat(Objective.evaluate(problem, greedy).violations()).as("greedy, problem %d", seed).isEmpty();
            for (LocalSearch.Strategy acceptance : LocalSearch.Strategy.values()) {
                LocalSearch.Outcome improved = LocalSearch.improve(problem, greedy, Duration.ofMillis(5), acceptance, seed);
                Evaluation evaluation = Objective.evaluate(problem, improved.plan());
                assertThat(evaluation.violations()).as("%s, problem %d", acceptance, seed).isEmpty();
                assertThat(evaluation.objective()).as("%s reports its plan's objective", acceptance).isCloseTo(improved.objective(), within(1e-6));
                assertThat(evaluation.objective()).as("%s never ends worse than it started", acceptance)
                        .isLessThanOrEqualTo(Objective.evaluate(problem, greedy).objective() + 1e-6);
            }
        }
    }

    @Test
    void theIncrementalObjectiveIsTheObjectiveAfterEveryMove() {
        for (long seed = 0; seed < PROBLEMS; seed++) {
            ForceProblem problem = SmallProblems.random(seed);
            PlanState state = new PlanState(problem, ForcePlan.empty(problem));
            Random random = new Random(seed);
            for (int step = 0; step < 200; step++) {
                int u = random.nextInt(problem.units().size());
                int[] eligible = problem.requirementsOf(u);
                int to = eligible.length == 0 || random.nextInt(4) == 0 ? ForcePlan.UNASSIGNED : eligible[random.nextInt(eligible.length)];
                if (!state.fits(u, to)) {
                    continue;
                }
                double predicted = state.objective() + state.delta(u, to);
                state.move(u, to);
                assertThat(state.objective()).as("problem %d step %d: delta", seed, step).isCloseTo(predicted, within(1e-6));
                assertThat(state.objective()).as("problem %d step %d: the one function", seed, step)
                        .isCloseTo(Objective.evaluate(problem, state.plan()).objective(), within(1e-6));
                assertThat(state.deficit()).as("problem %d step %d: the states' deficit", seed, step).isEqualTo(deficit(problem, state.plan()));
            }
        }
    }

    @Test
    void aRequirementsBestSetIsTheBestOfAllItsSubsets() {
        int compared = 0;
        for (long seed = 0; seed < PROBLEMS; seed++) {
            ForceProblem problem = SmallProblems.random(seed);
            ForcePlan start = GreedyConstruction.build(problem);
            for (int r = 0; r < problem.requirements().size(); r++) {
                int requirement = r;
                int[] open = java.util.Arrays.stream(problem.unitsOf(r))
                        .filter(u -> start.requirementOf(u) == ForcePlan.UNASSIGNED || start.requirementOf(u) == requirement).toArray();
                if (open.length > 12) {
                    continue;
                }
                double bruteForce = Double.MAX_VALUE;
                for (int subset = 0; subset < 1 << open.length; subset++) {
                    int[] assignment = new int[problem.units().size()];
                    for (int u = 0; u < assignment.length; u++) {
                        assignment[u] = start.requirementOf(u) == requirement ? ForcePlan.UNASSIGNED : start.requirementOf(u);
                    }
                    for (int i = 0; i < open.length; i++) {
                        if ((subset & 1 << i) != 0) {
                            assignment[open[i]] = requirement;
                        }
                    }
                    Evaluation evaluation = Objective.evaluate(problem, new ForcePlan(assignment));
                    if (evaluation.feasible()) {
                        bruteForce = Math.min(bruteForce, evaluation.objective());
                    }
                }
                Evaluation found = Objective.evaluate(problem, LocalSearch.withBestSetFor(problem, start, r));
                assertThat(found.violations()).as("problem %d requirement %d", seed, r).isEmpty();
                assertThat(found.objective()).as("problem %d requirement %d: the exhaustive search finds the best set", seed, r)
                        .isCloseTo(bruteForce, within(1e-6));
                compared++;
            }
        }
        assertThat(compared).as("requirements compared with brute force").isGreaterThan(PROBLEMS);
    }

    private static long deficit(ForceProblem problem, ForcePlan plan) {
        long[] committed = new long[problem.states().size()];
        for (int u = 0; u < problem.units().size(); u++) {
            if (plan.requirementOf(u) != ForcePlan.UNASSIGNED) {
                committed[problem.stateOf(u)] += problem.units().get(u).personnel();
            }
        }
        long deficit = 0;
        for (int s = 0; s < committed.length; s++) {
            deficit += Math.max(0, problem.states().get(s).targetPersonnel() - committed[s]);
        }
        return deficit;
    }
}
