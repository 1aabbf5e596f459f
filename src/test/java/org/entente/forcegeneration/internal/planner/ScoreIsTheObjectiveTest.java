package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Timefold constraints score the S instances' plans (the greedy one, and random feasible-or-not ones) as the one objective function does. */
class ScoreIsTheObjectiveTest {

    static Stream<Path> instances() throws IOException {
        return Files.list(Path.of("bench", "forcegen")).filter(file -> file.getFileName().toString().startsWith("S-")).sorted();
    }

    private static final SolutionManager<ForceSchedule, ?> SCORES = SolutionManager.create(SolverFactory.create(new SolverConfig()
            .withSolutionClass(ForceSchedule.class).withEntityClasses(UnitAssignment.class).withConstraintProviderClass(ForceConstraints.class)));

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void theSoftScoreIsMinusTheObjectiveAndTheHardScoreCountsCapExcess(Path file) throws IOException {
        ForceProblem problem = ProblemFiles.read(file);
        Random random = new Random(file.hashCode());
        ForcePlan greedy = GreedyConstruction.build(problem);
        for (int trial = 0; trial < 20; trial++) {
            ForcePlan plan = trial == 0 ? greedy : randomPlan(problem, random);
            ForceSchedule schedule = Schedules.of(problem, plan);
            SCORES.update(schedule);
            var evaluation = Objective.evaluate(problem, plan);
            assertThat(Schedules.objective(schedule)).as("trial %d", trial).isEqualTo(evaluation.objective());
            assertThat(schedule.score().hardScore() == 0).as("trial %d: feasible", trial).isEqualTo(evaluation.feasible());
        }
    }

    private static ForcePlan randomPlan(ForceProblem problem, Random random) {
        int[] plan = ForcePlan.empty(problem).requirementOfUnit();
        for (int u = 0; u < plan.length; u++) {
            int[] eligible = problem.requirementsOf(u);
            if (eligible.length > 0 && random.nextInt(3) == 0) {
                plan[u] = eligible[random.nextInt(eligible.length)];
            }
        }
        return new ForcePlan(plan);
    }
}
