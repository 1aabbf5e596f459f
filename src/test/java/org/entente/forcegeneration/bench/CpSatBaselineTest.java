package org.entente.forcegeneration.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.internal.planner.GreedyConstruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact baseline and the relaxation bound on the public instances, each plan checked by {@link Objective}, never by CP-SAT's word. */
class CpSatBaselineTest {

    static List<Path> smallInstances() {
        return BenchmarkInstances.named("S-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallInstances")
    void provesTheOptimumOfAnSInstanceWithin10SecondsAndTheRelaxationStaysBelowIt(Path file) {
        ForceProblem problem = BenchmarkInstances.read(file);
        ForcePlan greedy = GreedyConstruction.build(problem);

        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, greedy, Duration.ofSeconds(10), 42);

        assertThat(outcome.provedOptimal()).isTrue();
        assertThat(outcome.plan()).isPresent();
        Evaluation optimum = Objective.evaluate(problem, outcome.plan().orElseThrow());
        assertThat(optimum.violations()).isEmpty();
        assertThat(optimum.objective()).isCloseTo(outcome.objective(), within(1e-6));
        assertThat(optimum.objective()).isLessThanOrEqualTo(Objective.evaluate(problem, greedy).objective());
        assertThat(outcome.bestBound()).isCloseTo(outcome.objective(), within(1e-6));
        assertThat(outcome.firstSolution()).isPresent();
        assertThat(LinearRelaxationBound.of(problem)).isLessThanOrEqualTo(optimum.objective() + 1e-6 * Math.max(1, optimum.objective()));
    }

    @Test
    void returnsAFeasiblePlanNoWorseThanItsHintOnAnMInstanceIn2Seconds() {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("M-STAB-t0.25-s1").getFirst());
        ForcePlan greedy = GreedyConstruction.build(problem);

        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, greedy, Duration.ofSeconds(2), 42);

        assertThat(outcome.plan()).isPresent();
        Evaluation found = Objective.evaluate(problem, outcome.plan().orElseThrow());
        assertThat(found.violations()).isEmpty();
        assertThat(found.objective()).isLessThanOrEqualTo(Objective.evaluate(problem, greedy).objective());
        assertThat(outcome.wall()).isLessThan(Duration.ofSeconds(5));
    }
}
