package org.entente.forcegeneration.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.internal.planner.GreedyConstruction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The linear model that CP-SAT and the relaxation solve scores a plan as {@link Objective} does (no native library needed). */
class ForceGenerationModelTest {

    static List<Path> smallInstances() {
        return BenchmarkInstances.named("S-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallInstances")
    void givesTheGreedyAndTheEmptyPlanTheObjectivesValue(Path file) {
        ForceProblem problem = BenchmarkInstances.read(file);
        ForceGenerationModel model = ForceGenerationModel.of(problem);

        for (ForcePlan plan : List.of(GreedyConstruction.build(problem), ForcePlan.empty(problem))) {
            assertThat(model.objectiveOf(model.valuesOf(plan))).isEqualTo(Objective.evaluate(problem, plan).objective());
            assertThat(model.planOf(k -> model.valuesOf(plan)[k] == 1)).isEqualTo(plan);
        }
        assertThat(model.objectiveScale()).isEqualTo(1);
    }

    @Test
    void refusesAHintThatAssignsAUnitItsRequirementMayNotTake() {
        ForceProblem problem = BenchmarkInstances.read(smallInstances().getFirst());
        int[] plan = ForcePlan.empty(problem).requirementOfUnit();
        int u = 0;
        while (problem.requirementsOf(u).length == problem.requirements().size()) {
            u++;
        }
        List<Integer> eligible = java.util.Arrays.stream(problem.requirementsOf(u)).boxed().toList();
        int r = 0;
        while (eligible.contains(r)) {
            r++;
        }
        plan[u] = r;

        ForceGenerationModel model = ForceGenerationModel.of(problem);
        assertThatIllegalArgumentException().isThrownBy(() -> model.valuesOf(new ForcePlan(plan)));
    }
}
