package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Objective;
import org.junit.jupiter.api.Test;

/** Re-planning after units drop out: the dropped units leave, only their requirements change, and the plan keeps every hard rule. */
class ReplanningTest {

    @Test
    void droppedUnitsLeaveOnlyTheirRequirementsChangeAndTheHardRulesHold() {
        for (var file : BenchmarkInstances.named("S-")) {
            ForceProblem problem = BenchmarkInstances.read(file);
            ForcePlan chosen = LocalSearch.improve(problem, GreedyConstruction.build(problem), Duration.ofMillis(100),
                    LocalSearch.Strategy.LATE_ACCEPTANCE, 7).plan();
            List<ForcePlan.Assignment> assignments = chosen.assignments(problem);
            Random random = new Random(file.hashCode());
            Set<String> dropped = new HashSet<>();
            while (dropped.size() < 3) {
                dropped.add(assignments.get(random.nextInt(assignments.size())).unit());
            }
            Set<Integer> affected = new HashSet<>();
            dropped.forEach(unit -> affected.add(chosen.requirementOf(problem.unitIndex(unit))));

            Replanning.Repair repair = Replanning.repair(problem, chosen, dropped);

            assertThat(repair.evaluation().violations()).as(file.toString()).isEmpty();
            for (int u = 0; u < problem.units().size(); u++) {
                String id = problem.units().get(u).id();
                if (dropped.contains(id)) {
                    assertThat(repair.plan().requirementOf(u)).as("%s is dropped", id).isEqualTo(ForcePlan.UNASSIGNED);
                } else if (repair.plan().requirementOf(u) != chosen.requirementOf(u)) {
                    assertThat(chosen.requirementOf(u)).as("%s was free before", id).isEqualTo(ForcePlan.UNASSIGNED);
                    assertThat(affected).as("%s joins a requirement that lost a unit", id).contains(repair.plan().requirementOf(u));
                }
            }
            long changed = java.util.stream.IntStream.range(0, problem.units().size())
                    .filter(u -> repair.plan().requirementOf(u) != chosen.requirementOf(u) && !dropped.contains(problem.units().get(u).id())).count();
            assertThat(repair.changedAssignments()).isEqualTo((int) changed);
            assertThat(repair.evaluation().shortfallPersonnel()).as("%s: the package is made whole where units are free", file)
                    .isLessThanOrEqualTo(Objective.evaluate(problem, withDropped(problem, chosen, dropped)).shortfallPersonnel());
        }
    }

    private static ForcePlan withDropped(ForceProblem problem, ForcePlan plan, Set<String> dropped) {
        int[] without = plan.requirementOfUnit();
        dropped.forEach(id -> without[problem.unitIndex(id)] = ForcePlan.UNASSIGNED);
        return new ForcePlan(without);
    }
}
