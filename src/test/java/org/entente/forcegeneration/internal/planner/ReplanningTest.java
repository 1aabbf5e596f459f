package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.TransportProfile;
import org.entente.forcegeneration.Weights;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/**
 * Re-planning after units drop out: the dropped units leave and are never used again, the plan keeps every hard rule, is
 * never worse than refilling the dropped units' requirements greedily, and its count of changed assignments is the diff of
 * the two plans. Every search here ends by its move limit or its patience (its clock budget is a minute), so each result
 * is the same on any machine.
 */
class ReplanningTest {

    private static final Duration NO_CLOCK = Duration.ofMinutes(1);

    @Test
    void droppedUnitsLeaveTheHardRulesHoldAndTheChangesAreTheDiffOfThePlans() {
        for (Path file : BenchmarkInstances.named("S-")) {
            ForceProblem problem = BenchmarkInstances.read(file);
            ForcePlan chosen = searched(problem, 50_000);
            Set<String> dropped = drawn(problem, chosen, 3, file.hashCode());

            Replanning.Repair repair = Replanning.repair(problem, chosen, dropped, Set.of(), moves(50_000, Replanning.CHANGE_COST));

            assertThat(repair.evaluation().violations()).as("%s: caps and eligibility", file).isEmpty();
            dropped.forEach(id -> assertThat(repair.plan().requirementOf(problem.unitIndex(id))).as("%s is dropped", id).isEqualTo(ForcePlan.UNASSIGNED));
            assertThat(repair.changedAssignments()).as(file.toString()).isEqualTo(diff(problem, chosen, repair.plan(), dropped));
            assertThat(repair.objectiveBefore()).isEqualTo(Objective.evaluate(problem, chosen).objective());
            assertThat(repair.objectiveAfter()).isEqualTo(Objective.evaluate(problem, repair.plan()).objective());
            assertThat(repair.evaluation().shortfallPersonnel()).as("%s: the package is made whole where units are free", file)
                    .isLessThanOrEqualTo(Objective.evaluate(problem, withDropped(problem, chosen, dropped)).shortfallPersonnel());
        }
    }

    @Test
    void theRepairIsNeverWorseThanRefillingTheDroppedUnitsRequirementsGreedily() {
        for (Path file : List.of(BenchmarkInstances.named("S-").getFirst(), BenchmarkInstances.named("S-").getLast(),
                BenchmarkInstances.named("M-").getFirst())) {
            ForceProblem problem = BenchmarkInstances.read(file);
            ForcePlan chosen = searched(problem, 50_000);
            Set<String> dropped = drawn(problem, chosen, Math.max(1, chosen.assignments(problem).size() / 10), 16);
            double refilled = Objective.evaluate(problem, greedyRefill(problem, chosen, dropped)).objective();

            // Even a search of a few moves, and one where changes cost more than anything they gain.
            for (Replanning.Settings settings : List.of(moves(50_000, Replanning.CHANGE_COST), moves(10, Replanning.CHANGE_COST), moves(50_000, 1e9))) {
                Replanning.Repair repair = Replanning.repair(problem, chosen, dropped, Set.of(), settings);

                assertThat(repair.objectiveRefilled()).as(file.toString()).isLessThanOrEqualTo(refilled);
                assertThat(repair.objectiveAfter()).as("%s with %s", file, settings).isLessThanOrEqualTo(repair.objectiveRefilled());
                assertThat(repair.evaluation().violations()).isEmpty();
            }
        }
    }

    @Test
    void theRefillCoversANeedByTheEarliestArrivalItCanRatherThanWithOneLateUnit() {
        // R2 loses c, which arrived with the rest of the force at 24 h. Free unit d alone covers R2's 100 personnel but
        // arrives at 100 h; e and f, 60 and 40 personnel, arrive at 30 h, and g, 100 personnel, at 120 h (one more bound to
        // search). A greedy from all free units takes d first: 40 persons fewer short than with e (40,000) outweigh 70 more
        // hours of the force's arrival (700). The refill takes e and f: no free unit arrives by 24 h, and 30 h is the earliest
        // bound by which free units cover R2.
        GeoPoint capital = new GeoPoint(50, 10);
        ForceProblem problem = new ForceProblem("arrival", new GeoPoint(43.2, 76.9), Map.of(Transport.LAND, new TransportProfile(50, 12)),
                new Weights(1000, 100000, 10, 1, 1), List.of(new Contributor("A", 1, 200, 10_000, false, capital)),
                List.of(infantry("a", "A", 100, 24), infantry("c", "A", 100, 24), infantry("d", "A", 100, 100),
                        infantry("e", "A", 60, 30), infantry("f", "A", 40, 30), infantry("g", "A", 100, 120)),
                List.of(new Requirement("R1", Capability.INF, false, 500, 100, 1), new Requirement("R2", Capability.INF, false, 500, 100, 1)));
        ForcePlan chosen = ForcePlan.of(problem, List.of(new ForcePlan.Assignment("a", "R1"), new ForcePlan.Assignment("c", "R2")));

        // No move after the refill: the repair is the refill.
        Replanning.Repair repair = Replanning.repair(problem, chosen, Set.of("c"), Set.of(), moves(0, Replanning.CHANGE_COST));

        assertThat(repair.plan().assignments(problem)).containsExactlyInAnyOrder(new ForcePlan.Assignment("a", "R1"),
                new ForcePlan.Assignment("e", "R2"), new ForcePlan.Assignment("f", "R2"));
        assertThat(repair.evaluation().maxArrivalHours()).isEqualTo(30);
        assertThat(repair.objectiveRefilled()).isLessThan(Objective.evaluate(problem, greedyRefill(problem, chosen, Set.of("c"))).objective());
    }

    @Test
    void noChangedUnitGoesBackWhereTheChosenPlanHadItWithoutWorseningThePlan() {
        for (Path file : List.of(BenchmarkInstances.named("S-STAB").getFirst(), BenchmarkInstances.named("M-HADR").getFirst())) {
            ForceProblem problem = BenchmarkInstances.read(file);
            ForcePlan chosen = searched(problem, 100_000);
            Set<String> dropped = drawn(problem, chosen, Math.max(1, chosen.assignments(problem).size() / 10), 3);

            Replanning.Repair repair = Replanning.repair(problem, chosen, dropped, Set.of(), moves(100_000, Replanning.CHANGE_COST));

            for (int u = 0; u < problem.units().size(); u++) {
                int back = chosen.requirementOf(u);
                if (repair.plan().requirementOf(u) == back || dropped.contains(problem.units().get(u).id())) {
                    continue;
                }
                int[] reverted = repair.plan().requirementOfUnit().clone();
                reverted[u] = back;
                var evaluation = Objective.evaluate(problem, new ForcePlan(reverted));
                if (evaluation.violations().isEmpty()) {
                    assertThat(evaluation.objective()).as("%s: %s back where it was", file, problem.units().get(u).id())
                            .isGreaterThan(repair.objectiveAfter());
                }
            }
        }
    }

    @Test
    void onMediumInstancesTheRepairChangesFewerAssignmentsThanAFreshSearchOfAsManyMovesAndIsWithinFivePercentOfIt() {
        for (String name : List.of("M-HADR-t0.25-s1", "M-HIGH-t0.25-s2", "M-STAB-t0.25-s1")) {
            ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named(name).getFirst());
            ForcePlan chosen = searched(problem, 300_000);
            Set<String> dropped = drawn(problem, chosen, Math.max(1, chosen.assignments(problem).size() / 10), name.hashCode());

            Replanning.Repair repair = Replanning.repair(problem, chosen, dropped, Set.of(), moves(300_000, Replanning.CHANGE_COST));
            ForceProblem without = Replanning.without(problem, dropped);
            ForcePlan freshOnWithout = searched(without, 300_000);
            ForcePlan fresh = ForcePlan.of(problem, freshOnWithout.assignments(without));
            int freshChanges = Replanning.changedAssignments(problem, chosen, fresh, dropped);

            double freshObjective = Objective.evaluate(problem, fresh).objective();
            String figures = "%s: repaired %.0f with %d changes, fresh %.0f with %d".formatted(name, repair.objectiveAfter(),
                    repair.changedAssignments(), freshObjective, freshChanges);
            assertThat(repair.changedAssignments()).as(figures).isLessThan(freshChanges);
            assertThat(repair.objectiveAfter()).as(figures).isLessThanOrEqualTo(1.05 * freshObjective);
        }
    }

    @Test
    void aRepairIsTheSameGivenItsSeed() {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("M-HIGH").getFirst());
        ForcePlan chosen = searched(problem, 50_000);
        Set<String> dropped = drawn(problem, chosen, 10, 5);

        ForcePlan once = Replanning.repair(problem, chosen, dropped, Set.of(), moves(50_000, Replanning.CHANGE_COST)).plan();
        ForcePlan again = Replanning.repair(problem, chosen, dropped, Set.of(), moves(50_000, Replanning.CHANGE_COST)).plan();

        assertThat(again).isEqualTo(once);
    }

    @Test
    void aFewHundredMovesTakeTheBurdenOffAStateOverItsShareOntoTheOneFreeUnitOfAStateUnderIt() {
        // One requirement of 100 personnel, served by unit a of state A, whose burden target is 0. State B, whose target is
        // 100, has one free unit b that fits; state C, whose target is 0 too, has 200. Only a out and b in takes 200 personnel
        // off the burden deviation; a C unit for a moves the deviation from A to C, and b alone overcommits as much as it gains.
        GeoPoint capital = new GeoPoint(50, 10);
        List<Contributor> states = List.of(new Contributor("A", 0, 0, 1_000, false, capital), new Contributor("B", 0.5, 100, 1_000, false, capital),
                new Contributor("C", 0, 0, 100_000, false, capital));
        List<ForceUnit> units = new ArrayList<>(List.of(infantry("a", "A", 100, 100), infantry("b", "B", 100, 100)));
        for (int i = 0; i < 200; i++) {
            units.add(infantry("c" + i, "C", 100, 100));
        }
        ForceProblem problem = new ForceProblem("exchange", new GeoPoint(43.2, 76.9), Map.of(Transport.LAND, new TransportProfile(50, 12)),
                new Weights(1000, 100000, 10, 1, 1), states, units, List.of(new Requirement("R", Capability.INF, false, 500, 100, 1)));
        ForcePlan chosen = ForcePlan.of(problem, List.of(new ForcePlan.Assignment("a", "R")));

        for (long seed = 0; seed < 20; seed++) {
            Replanning.Repair repair = Replanning.repair(problem, chosen, Set.of(), Set.of(),
                    new Replanning.Settings(NO_CLOCK, 200, Replanning.CHANGE_COST, seed));

            assertThat(repair.plan().assignments(problem)).as("seed %d", seed).containsExactly(new ForcePlan.Assignment("b", "R"));
            assertThat(repair.evaluation().burdenDeviationPersonnel()).isZero();
        }
    }

    private static ForceUnit infantry(String id, String state, int personnel, int arrivalHours) {
        return new ForceUnit(id, state, Capability.INF, personnel, 24, new GeoPoint(45, 70), Transport.LAND, 100, arrivalHours, false);
    }

    /** A search of {@code moves} moves without a change cost from the greedy plan: a good plan, the same on any machine. */
    private static ForcePlan searched(ForceProblem problem, long moves) {
        return Replanning.repair(problem, GreedyConstruction.build(problem), Set.of(), Set.of(), moves(moves, 0)).plan();
    }

    private static Replanning.Settings moves(long moves, double changeCost) {
        return new Replanning.Settings(NO_CLOCK, moves, changeCost, 7);
    }

    private static Set<String> drawn(ForceProblem problem, ForcePlan chosen, int count, long seed) {
        List<ForcePlan.Assignment> assignments = chosen.assignments(problem);
        Random random = new Random(seed);
        Set<String> dropped = new HashSet<>();
        while (dropped.size() < count) {
            dropped.add(assignments.get(random.nextInt(assignments.size())).unit());
        }
        return dropped;
    }

    private static int diff(ForceProblem problem, ForcePlan before, ForcePlan after, Set<String> dropped) {
        return (int) IntStream.range(0, problem.units().size())
                .filter(u -> before.requirementOf(u) != after.requirementOf(u) && !dropped.contains(problem.units().get(u).id())).count();
    }

    /** What re-planning did before issue 16: the dropped units out, their requirements refilled greedily from all free units. */
    private static ForcePlan greedyRefill(ForceProblem problem, ForcePlan chosen, Set<String> dropped) {
        PlanState state = new PlanState(problem, withDropped(problem, chosen, dropped));
        BitSet barred = new BitSet();
        dropped.forEach(id -> barred.set(problem.unitIndex(id)));
        GreedyConstruction greedy = new GreedyConstruction(problem);
        dropped.stream().map(id -> chosen.requirementOf(problem.unitIndex(id))).distinct().sorted()
                .forEach(r -> greedy.fill(state, r, u -> !barred.get(u)));
        return state.plan();
    }

    private static ForcePlan withDropped(ForceProblem problem, ForcePlan plan, Set<String> dropped) {
        int[] without = plan.requirementOfUnit().clone();
        dropped.forEach(id -> without[problem.unitIndex(id)] = ForcePlan.UNASSIGNED);
        return new ForcePlan(without);
    }
}
