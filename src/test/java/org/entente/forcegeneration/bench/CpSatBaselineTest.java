package org.entente.forcegeneration.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.sat.CpSolverStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.Evaluation;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.internal.planner.GreedyConstruction;
import org.entente.forcegeneration.internal.planner.LocalSearch;
import org.entente.forcegeneration.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact baseline and the relaxation bound on the public instances, each plan checked by {@link Objective}, never by CP-SAT's word.
 * CP-SAT is hinted as the benchmark hints it, with the greedy construction improved by hill climbing; a plan it returns is its own
 * (better than its hint, or its hint proved optimal), and where it has none the outcome says so instead of handing back the hint.
 */
class CpSatBaselineTest {

    private static final Path MEDIUM = BenchmarkInstances.named("M-STAB-t0.25-s1").getFirst();

    /** An M instance where CP-SAT improves the raw greedy plan soon after its presolve. */
    private static final Path MEDIUM_HADR = BenchmarkInstances.named("M-HADR-t0.25-s2").getFirst();

    static List<Path> smallInstances() {
        return BenchmarkInstances.named("S-");
    }

    /** The benchmark's hint: the greedy construction, then hill climbing (the {@code greedy+hc} baseline). */
    private static ForcePlan climbed(ForceProblem problem) {
        return LocalSearch.improve(problem, GreedyConstruction.build(problem), Duration.ofMillis(300), LocalSearch.Strategy.BASELINE, 42).plan();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallInstances")
    void provesTheOptimumOfAnSInstanceAndTheRelaxationStaysBelowIt(Path file) {
        ForceProblem problem = BenchmarkInstances.read(file);
        ForcePlan hint = climbed(problem);

        // Within 10 s on an idle machine (the benchmark's table); the limit is for a loaded one, the proof ends the solve.
        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, hint, Duration.ofSeconds(60), 42);

        assertThat(outcome.provedOptimal()).isTrue();
        assertThat(outcome.found()).isIn(CpSatBaseline.Found.BETTER_THAN_HINT, CpSatBaseline.Found.HINT_PROVED_OPTIMAL);
        assertThat(outcome.plan()).isPresent();
        Evaluation optimum = Objective.evaluate(problem, outcome.plan().orElseThrow());
        assertThat(optimum.violations()).isEmpty();
        assertThat(optimum.objective()).isCloseTo(outcome.objective(), within(1e-6));
        assertThat(optimum.objective()).isLessThanOrEqualTo(Objective.evaluate(problem, hint).objective());
        assertThat(outcome.bestBound()).isCloseTo(outcome.objective(), within(1e-6));
        assertThat(outcome.firstSolution().isPresent()).as("a first solution better than its hint, where it found one")
                .isEqualTo(outcome.found() == CpSatBaseline.Found.BETTER_THAN_HINT);
        assertThat(outcome.searched()).isTrue();
        assertThat(outcome.model().plus(outcome.presolve())).isLessThanOrEqualTo(outcome.wall());
        assertThat(LinearRelaxationBound.of(problem)).isLessThanOrEqualTo(optimum.objective() + 1e-6 * Math.max(1, optimum.objective()));
    }

    @Test
    void findsAFeasiblePlanOfItsOwnBetterThanTheRawGreedyPlanOnAnMInstance() {
        ForceProblem problem = BenchmarkInstances.read(MEDIUM_HADR);
        ForcePlan greedy = GreedyConstruction.build(problem);

        // Limited by CP-SAT's deterministic time (its count of work done), so that a machine's load changes when it ends, not what it finds.
        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, greedy, Duration.ofSeconds(120), 42,
                parameters -> parameters.setMaxDeterministicTime(0.4));

        assertThat(outcome.found()).isEqualTo(CpSatBaseline.Found.BETTER_THAN_HINT);
        Evaluation found = Objective.evaluate(problem, outcome.plan().orElseThrow());
        assertThat(found.violations()).isEmpty();
        assertThat(found.objective()).isLessThan(Objective.evaluate(problem, greedy).objective())
                .as("CP-SAT's objective bounds each term from below only").isLessThanOrEqualTo(outcome.objective() + 1e-6);
        assertThat(outcome.firstSolution()).isPresent();
        assertThat(outcome.searched()).isTrue();
        assertThat(outcome.model().plus(outcome.presolve())).isLessThanOrEqualTo(outcome.wall());
    }

    @Test
    void neverReturnsAPlanWorseThanItsHintNorTheHintUnprovenAsItsOwn() {
        ForceProblem problem = BenchmarkInstances.read(MEDIUM);
        ForcePlan hint = climbed(problem);
        double hinted = Objective.evaluate(problem, hint).objective();

        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, hint, Duration.ofSeconds(3), 42);

        assertThat(outcome.plan().isPresent()).isEqualTo(outcome.found().own());
        outcome.plan().ifPresent(plan -> {
            Evaluation found = Objective.evaluate(problem, plan);
            assertThat(found.violations()).isEmpty();
            if (!outcome.provedOptimal()) {
                assertThat(found.objective()).as("a plan of its own, better than its hint").isLessThan(hinted);
            }
            assertThat(found.objective()).isLessThanOrEqualTo(hinted);
        });
    }

    @Test
    void saysSoWhenItsOnlySolutionIsItsHint() {
        ForceProblem problem = BenchmarkInstances.read(MEDIUM);
        ForcePlan hint = climbed(problem);

        // Stopped at its first solution, which is the complete hint it checks once its presolve is done.
        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, hint, Duration.ofSeconds(60), 42,
                parameters -> parameters.setStopAfterFirstSolution(true));

        assertThat(outcome.plan().isPresent()).as("the hint is not CP-SAT's result").isFalse();
        assertThat(outcome.found()).isEqualTo(CpSatBaseline.Found.HINT_ONLY);
        assertThat(outcome.provedOptimal()).isFalse();
        assertThat(outcome.firstSolution()).as("no solution of its own").isEmpty();
        assertThat(outcome.hintObjective()).isEqualTo(Objective.evaluate(problem, hint).objective());
        assertThat(outcome.bestBound()).isLessThanOrEqualTo(outcome.hintObjective());
        assertThat(outcome.searched()).as("it takes its hint after its presolve, just before its search would begin").isFalse();
        assertThat(outcome.model().plus(outcome.presolve())).isLessThanOrEqualTo(outcome.wall());
    }

    @Test
    void saysSoWhenTheTimeRunsOutBeforeItTakesItsHint() {
        ForceProblem problem = BenchmarkInstances.read(MEDIUM);
        ForcePlan hint = climbed(problem);

        // Building the model alone takes longer than a millisecond; CP-SAT is then given a millisecond, which its presolve outlasts.
        CpSatBaseline.Outcome outcome = CpSatBaseline.solve(problem, hint, Duration.ofMillis(1), 42);

        assertThat(outcome.found()).isEqualTo(CpSatBaseline.Found.NOTHING);
        assertThat(outcome.plan().isPresent()).isFalse();
        assertThat(outcome.objective()).isNaN();
        assertThat(outcome.firstSolution()).isEmpty();
        assertThat(outcome.searched()).isFalse();
        assertThat(outcome.model().plus(outcome.presolve())).isLessThanOrEqualTo(outcome.wall());
    }

    @Test
    void judgesCpSatsAnswerAgainstItsHint() {
        assertThat(CpSatBaseline.Found.of(CpSolverStatus.OPTIMAL, 90, 100)).isEqualTo(CpSatBaseline.Found.BETTER_THAN_HINT);
        assertThat(CpSatBaseline.Found.of(CpSolverStatus.OPTIMAL, 100, 100)).isEqualTo(CpSatBaseline.Found.HINT_PROVED_OPTIMAL);
        assertThat(CpSatBaseline.Found.of(CpSolverStatus.FEASIBLE, 99, 100)).isEqualTo(CpSatBaseline.Found.BETTER_THAN_HINT);
        assertThat(CpSatBaseline.Found.of(CpSolverStatus.FEASIBLE, 100, 100)).isEqualTo(CpSatBaseline.Found.HINT_ONLY);
        assertThat(CpSatBaseline.Found.of(CpSolverStatus.UNKNOWN, Double.POSITIVE_INFINITY, 100)).isEqualTo(CpSatBaseline.Found.NOTHING);
        assertThat(CpSatBaseline.Found.BETTER_THAN_HINT.own()).isTrue();
        assertThat(CpSatBaseline.Found.HINT_PROVED_OPTIMAL.own()).isTrue();
        assertThat(CpSatBaseline.Found.HINT_ONLY.own()).isFalse();
        assertThat(CpSatBaseline.Found.NOTHING.own()).isFalse();
    }
}
