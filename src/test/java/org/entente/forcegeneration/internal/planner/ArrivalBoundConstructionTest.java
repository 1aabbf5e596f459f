package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.SmallProblems;
import org.junit.jupiter.api.Test;

/**
 * The arrival-aware construction: its binary search finds the earliest arrival bound at which the greedy covers
 * every requirement (against a scan of every bound), and its plan is feasible and never worse than any plan it
 * chose from, the plain greedy's and the greedy's under that bound among them.
 */
class ArrivalBoundConstructionTest {

    private static List<ForceProblem> someInstances() {
        return Stream.concat(BenchmarkInstances.named("S").stream(),
                        Stream.of("M-HADR-t0.25-s2", "M-HIGH-t0.60-s1", "M-STAB-t0.25-s1").map(name -> BenchmarkInstances.named(name).getFirst()))
                .map(BenchmarkInstances::read)
                .toList();
    }

    /** The earliest bound, among the arrival hours of units some requirement may take, under which the greedy covers every requirement. */
    private static OptionalInt earliestByScan(ForceProblem problem) {
        return IntStream.range(0, problem.units().size())
                .filter(u -> problem.requirementsOf(u).length > 0)
                .map(u -> problem.units().get(u).arrivalHours())
                .distinct().sorted()
                .filter(hours -> ArrivalBoundConstruction.coversEveryRequirement(problem, ArrivalBoundConstruction.greedyBy(problem, hours)))
                .findFirst();
    }

    @Test
    void theBinarySearchFindsTheEarliestBoundAtWhichTheGreedyCoversEveryRequirement() {
        List<Path> instances = BenchmarkInstances.named("S");
        for (Path file : instances) {
            ForceProblem problem = BenchmarkInstances.read(file);

            OptionalInt found = ArrivalBoundConstruction.earliestCoveringBound(problem);

            assertThat(found).as(problem.name()).isEqualTo(earliestByScan(problem));
            assertThat(found).as("%s: the greedy covers every requirement with all its units", problem.name()).isPresent();
        }
        assertThat(instances).hasSize(9);
    }

    @Test
    void onSmallRandomProblemsTooTheSearchAgreesWithTheScanAndThePlanIsFeasible() {
        for (long seed = 0; seed < 200; seed++) {
            ForceProblem problem = SmallProblems.random(seed);

            assertThat(ArrivalBoundConstruction.earliestCoveringBound(problem)).as("problem %d", seed).isEqualTo(earliestByScan(problem));
            assertThat(ArrivalBoundConstruction.build(problem).evaluation().violations()).as("problem %d", seed).isEmpty();
        }
    }

    @Test
    void anArrivalBoundEarlierThanTheGreedysOwnForceArrival() {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("S-STAB-t0.25-s3").getFirst());

        int bound = ArrivalBoundConstruction.earliestCoveringBound(problem).orElseThrow();

        assertThat(bound).isLessThan(Objective.evaluate(problem, GreedyConstruction.build(problem)).maxArrivalHours());
        Evaluation bounded = Objective.evaluate(problem, ArrivalBoundConstruction.greedyBy(problem, bound));
        assertThat(bounded.maxArrivalHours()).isLessThanOrEqualTo(bound);
        assertThat(bounded.shortfallPersonnel() + bounded.shortfallUnits()).isZero();
    }

    @Test
    void theConstructionIsFeasibleAndNeverWorseThanAnyPlanItChoseFrom() {
        for (ForceProblem problem : someInstances()) {
            ArrivalBoundConstruction.Construction construction = ArrivalBoundConstruction.build(problem);
            double objective = construction.evaluation().objective();

            assertThat(construction.evaluation()).as(problem.name()).isEqualTo(Objective.evaluate(problem, construction.plan()));
            assertThat(construction.evaluation().violations()).as(problem.name()).isEmpty();
            assertThat(ArrivalBoundConstruction.candidates(problem)).as(problem.name())
                    .allSatisfy(candidate -> assertThat(objective).isLessThanOrEqualTo(candidate.evaluation().objective()));
            assertThat(objective).as("%s: no worse than the plain greedy", problem.name())
                    .isLessThanOrEqualTo(Objective.evaluate(problem, GreedyConstruction.build(problem)).objective());
            int bound = ArrivalBoundConstruction.earliestCoveringBound(problem).orElseThrow();
            assertThat(objective).as("%s: no worse than the greedy under the earliest covering bound", problem.name())
                    .isLessThanOrEqualTo(Objective.evaluate(problem, ArrivalBoundConstruction.greedyBy(problem, bound)).objective());
        }
    }
}
