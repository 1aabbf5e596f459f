package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.SmallProblems;
import org.entente.forcegeneration.TransportProfile;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/** The lower bound: never above any plan, exact where the relaxation is, far closer than the linear relaxation on S, and deterministic. */
class LowerBoundTest {

    /** The S instances' optima, proven by CP-SAT (docs/force-generation.md, "Results"). */
    private static final Map<String, Double> PROVEN_OPTIMUM = Map.of(
            "S-HADR-t0.25-s1", 4739.0, "S-HADR-t0.25-s2", 4970.0, "S-HADR-t0.25-s3", 3977.0,
            "S-HIGH-t0.25-s1", 2942.0, "S-HIGH-t0.25-s2", 5100.0, "S-HIGH-t0.25-s3", 4723.0,
            "S-STAB-t0.25-s1", 5937.0, "S-STAB-t0.25-s2", 5459.0, "S-STAB-t0.25-s3", 5205.0);

    private static final Map<Transport, TransportProfile> TRANSPORT = Map.of(Transport.AIR, new TransportProfile(700, 4));

    private static final Duration UNLIMITED = Duration.ofMinutes(10);

    @Test
    void isNeverAboveAnyPlanOfATinyProblem() {
        int compared = 0;
        for (long seed = 0; seed < 400; seed++) {
            ForceProblem problem = SmallProblems.random(seed);
            double plans = 1;
            for (int u = 0; u < problem.units().size(); u++) {
                plans *= 1 + problem.requirementsOf(u).length;
            }
            if (plans > 50_000) {
                continue;
            }
            double best = best(problem, 0, ForcePlan.empty(problem).requirementOfUnit());
            LowerBound.Result bound = LowerBound.of(problem, UNLIMITED);
            assertThat(bound.finished()).isTrue();
            assertThat(bound.value()).as("problem %d", seed).isLessThanOrEqualTo(best + 1e-6);
            compared++;
        }
        assertThat(compared).as("tiny problems compared with every plan").isGreaterThan(100);
    }

    /** The least objective of every plan keeping the hard rules, by enumeration. */
    private static double best(ForceProblem problem, int u, int[] plan) {
        if (u == plan.length) {
            var evaluation = Objective.evaluate(problem, new ForcePlan(plan));
            return evaluation.feasible() ? evaluation.objective() : Double.MAX_VALUE;
        }
        double best = best(problem, u + 1, plan);
        for (int r : problem.requirementsOf(u)) {
            plan[u] = r;
            best = Math.min(best, best(problem, u + 1, plan));
        }
        plan[u] = ForcePlan.UNASSIGNED;
        return best;
    }

    @Test
    void equalsTheBestPlanWhereTheRelaxationIsExact() {
        // Two states of 100 personnel each; R asks 200 infantry in 2 units. A (state S0, 10 h) and B (S1, 20 h) cover it exactly:
        // 10 per hour of arrival, 20 h: 200. Without B only A arrives by 10 h: 100 personnel and a unit short.
        GeoPoint theatre = new GeoPoint(0, 0);
        List<Contributor> states = List.of(new Contributor("S0", 0.5, 100, 1000, false, theatre), new Contributor("S1", 0.5, 100, 1000, false, theatre));
        List<ForceUnit> units = List.of(unit("A", "S0", 100, 10), unit("B", "S1", 100, 20), unit("C", "S1", 100, 50));
        List<Requirement> requirements = List.of(new Requirement("R", Capability.INF, false, 100, 200, 2));
        ForceProblem problem = new ForceProblem("hand-made", theatre, TRANSPORT, SmallProblems.WEIGHTS, states, units, requirements);

        LowerBound.Result bound = LowerBound.of(problem, UNLIMITED);

        assertThat(bound.value()).isEqualTo(200.0);
        assertThat(bound.arrivalHours()).isEqualTo(20);
        assertThat(bound.finished()).isTrue();
        assertThat(Objective.evaluate(problem, ForcePlan.of(problem, List.of(new ForcePlan.Assignment("A", "R"), new ForcePlan.Assignment("B", "R"))))
                .objective()).isEqualTo(200.0);
    }

    @Test
    void countsWholeUnitsWhereASplitUnitWouldCoverExactly() {
        // R asks 150 in one unit; the only unit has 200: 50 over whatever the plan, which a split unit would not be.
        GeoPoint theatre = new GeoPoint(0, 0);
        List<Contributor> states = List.of(new Contributor("S0", 1, 200, 1000, false, theatre));
        ForceProblem problem = new ForceProblem("whole-units", theatre, TRANSPORT, SmallProblems.WEIGHTS, states, List.of(unit("A", "S0", 200, 30)),
                List.of(new Requirement("R", Capability.INF, false, 100, 150, 1)));

        assertThat(LowerBound.of(problem, UNLIMITED).value()).isEqualTo(10 * 30 + 50);
    }

    private static ForceUnit unit(String id, String state, int personnel, int arrival) {
        return new ForceUnit(id, state, Capability.INF, personnel, 0, new GeoPoint(0, 0), Transport.AIR, 0, arrival, false);
    }

    @Test
    void isNeverAboveTheProvenOptimumOfAnSInstanceAndWithinAFifthOfIt() {
        for (var file : BenchmarkInstances.named("S-")) {
            ForceProblem problem = BenchmarkInstances.read(file);
            double optimum = PROVEN_OPTIMUM.get(problem.name());
            LowerBound.Result bound = LowerBound.of(problem, UNLIMITED);
            assertThat(bound.finished()).isTrue();
            assertThat(bound.value()).as(problem.name()).isLessThanOrEqualTo(optimum).isGreaterThan(0.8 * optimum);
            assertThat(bound.gap(optimum)).isCloseTo((optimum - bound.value()) / optimum, within(1e-12));
        }
    }

    @Test
    void isTheSameEveryTime() {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("S-STAB").getFirst());
        LowerBound.Result first = LowerBound.of(problem, UNLIMITED);
        LowerBound.Result second = LowerBound.of(problem, UNLIMITED);
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(second.arrivalHours()).isEqualTo(first.arrivalHours());
        assertThat(second.evaluations()).isEqualTo(first.evaluations());
    }

    @Test
    void cutAtItsLimitIsAWeakerBoundStill() {
        ForceProblem problem = BenchmarkInstances.read(BenchmarkInstances.named("S-HIGH").getFirst());
        LowerBound.Result exact = LowerBound.of(problem, UNLIMITED);
        LowerBound.Result cut = LowerBound.of(problem, Duration.ZERO);
        assertThat(cut.finished()).isFalse();
        assertThat(cut.evaluations()).isEqualTo(1);
        assertThat(cut.value()).isLessThanOrEqualTo(exact.value());
    }

    @Test
    void aPlanAtTheBoundHasNoGapAndOneAboveItsShare() {
        LowerBound.Result bound = new LowerBound.Result(900, 10, true, 1, Duration.ZERO);
        assertThat(bound.gap(900)).isZero();
        assertThat(bound.gap(1000)).isCloseTo(0.1, within(1e-12));
    }
}
