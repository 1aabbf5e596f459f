package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.SmallProblems;
import org.junit.jupiter.api.Test;

class ExactDescentTest {

    @Test
    void theDescentEndsWhereNoTwoOrThreeRequirementsChosenAgainMakeThePlanBetter() {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.DIRECTORY.resolve("S-STAB-t0.25-s1.json"));
        ForcePlan start = GreedyConstruction.build(problem);
        ForcePlan descended = ExactDescent.descend(problem, start, Long.MAX_VALUE, Progress.NONE);
        double objective = Objective.evaluate(problem, descended).objective();
        assertThat(Objective.evaluate(problem, descended).violations()).isEmpty();
        assertThat(objective).isLessThan(Objective.evaluate(problem, start).objective());
        int requirements = problem.requirements().size();
        for (int a = 0; a < requirements; a++) {
            for (int b = a + 1; b < requirements; b++) {
                for (int c = b; c < requirements; c++) {
                    boolean[] free = new boolean[requirements];
                    free[a] = free[b] = free[c] = true;
                    ExactSearch.Outcome around = ExactSearch.searchAround(problem, descended, free, ExactSearch.Limits.nodes(Long.MAX_VALUE),
                            () -> Double.POSITIVE_INFINITY);
                    assertThat(around.proved()).isTrue();
                    assertThat(around.objective()).as("requirements %d, %d, %d chosen again", a, b, c).isCloseTo(objective, within(1e-6));
                }
            }
        }
    }

    @Test
    void restartsReturnAFeasiblePlanNoWorseThanTheFirstWhateverTheBudget() {
        for (long seed = 0; seed < 20; seed++) {
            ForceProblem problem = SmallProblems.random(seed);
            ForcePlan first = GreedyConstruction.build(problem);
            ForcePlan plan = ExactDescent.restarts(problem, first, Duration.ofMillis(seed % 3 * 5), seed, Progress.NONE);
            Evaluation evaluation = Objective.evaluate(problem, plan);
            assertThat(evaluation.violations()).as("problem %d", seed).isEmpty();
            assertThat(evaluation.objective()).as("problem %d", seed).isLessThanOrEqualTo(Objective.evaluate(problem, first).objective());
        }
    }
}
