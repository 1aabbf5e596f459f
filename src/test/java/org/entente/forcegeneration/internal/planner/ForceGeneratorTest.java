package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's first reported plan is the arrival-aware construction's, never worse than it, and its result never
 * worse than that first plan. The budget is long enough for the whole construction however busy the machine (a tenth
 * of it, a quarter of a second at most, against milliseconds on S and M), and the searches are asked to stop at once.
 */
class ForceGeneratorTest {

    /** Every objective the planner reports, in order (from either core). */
    private static final class Reports implements Progress {

        private final List<Double> objectives = new ArrayList<>();

        @Override
        public synchronized void improved(double objective) {
            objectives.add(objective);
        }

        @Override
        public boolean stopRequested() {
            return true;
        }

        synchronized double first() {
            return objectives.getFirst();
        }
    }

    @Test
    void theFirstPlanIsNeverWorseThanTheArrivalBoundGreedyAndTheResultNeverWorseThanTheFirstPlan() {
        List<ForceProblem> problems = Stream.concat(BenchmarkInstances.named("S").stream(),
                        Stream.of("M-HADR-t0.25-s1", "M-STAB-t0.25-s1", "M-HIGH-t0.60-s1").map(name -> BenchmarkInstances.named(name).getFirst()))
                .map(BenchmarkInstances::read)
                .toList();
        for (ForceProblem problem : problems) {
            Reports reports = new Reports();

            ForceGenerator.Result result = ForceGenerator.plan(problem, Duration.ofSeconds(10), 42, reports);

            double arrivalBound = ArrivalBoundConstruction.build(problem).evaluation().objective();
            assertThat(reports.first()).as("%s: first plan", problem.name()).isLessThanOrEqualTo(arrivalBound);
            assertThat(result.evaluation().objective()).as("%s: result", problem.name()).isLessThanOrEqualTo(reports.first());
            assertThat(result.evaluation().violations()).as(problem.name()).isEmpty();
        }
        assertThat(problems).hasSize(12);
    }
}
