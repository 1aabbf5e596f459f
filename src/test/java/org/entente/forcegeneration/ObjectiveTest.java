package org.entente.forcegeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/** The benchmark's objective on a plan small enough to count by hand. */
class ObjectiveTest {

    private static final GeoPoint HERE = new GeoPoint(0, 0);
    private static final Map<Transport, TransportProfile> TRANSPORT = Map.of(Transport.AIR, new TransportProfile(700, 24));

    private static ForceUnit unit(String id, String state, Capability capability, int personnel, int arrival, boolean noCombat) {
        return new ForceUnit(id, state, capability, personnel, 0, HERE, Transport.AIR, 0, arrival, noCombat);
    }

    private static final ForceProblem PROBLEM = new ForceProblem("hand", HERE, TRANSPORT, new Weights(1000, 100000, 10, 1, 1),
            List.of(new Contributor("A", 0.5, 300, 1000, false, HERE), new Contributor("B", 0.5, 300, 250, true, HERE)),
            List.of(unit("U1", "A", Capability.INF, 400, 100, false), unit("U2", "B", Capability.MED, 200, 50, true),
                    unit("U3", "B", Capability.INF, 100, 300, true), unit("U4", "A", Capability.MED, 80, 40, false)),
            List.of(new Requirement("R1", Capability.INF, true, 200, 500, 2), new Requirement("R2", Capability.MED, false, 60, 150, 1)));

    @Test
    void scoresEachTermAsTheBenchmarkDefinesIt() {
        // U1 serves R1 (400 of 500, 1 of 2 units); U2 serves R2 (200 of 150); A commits 400 (target 300), B 200 (target 300).
        ForcePlan plan = ForcePlan.of(PROBLEM, List.of(new ForcePlan.Assignment("U1", "R1"), new ForcePlan.Assignment("U2", "R2")));

        Evaluation evaluation = Objective.evaluate(PROBLEM, plan);

        assertThat(evaluation.shortfallPersonnel()).isEqualTo(100);
        assertThat(evaluation.shortfallUnits()).isEqualTo(1);
        assertThat(evaluation.maxArrivalHours()).isEqualTo(100);
        assertThat(evaluation.overcommitPersonnel()).isEqualTo(50);
        assertThat(evaluation.burdenDeviationPersonnel()).isEqualTo(200);
        assertThat(evaluation.objective()).isEqualTo(1000.0 * 100 + 100000.0 * 1 + 10.0 * 100 + 50 + 200);
        assertThat(evaluation.coverage()).isCloseTo((400.0 + 150) / 650, within(1e-12));
        assertThat(evaluation.burdenDistance()).isCloseTo(0.5 * (Math.abs(400.0 / 600 - 0.5) + Math.abs(200.0 / 600 - 0.5)), within(1e-12));
        assertThat(evaluation.contributingStates()).isEqualTo(2);
        assertThat(evaluation.feasible()).isTrue();
    }

    @Test
    void explainsAPlanTermByTermLineByLineAsItIsScored() {
        ForcePlan plan = ForcePlan.of(PROBLEM, List.of(new ForcePlan.Assignment("U1", "R1"), new ForcePlan.Assignment("U2", "R2")));

        Explanation explanation = Explanation.of(PROBLEM, plan);

        assertThat(explanation.terms()).extracting(Explanation.Term::amount).containsExactly(100.0, 1.0, 100.0, 50.0, 200.0);
        assertThat(explanation.terms()).extracting(Explanation.Term::cost).containsExactly(100_000.0, 100_000.0, 1000.0, 50.0, 200.0);
        assertThat(explanation.requirements()).containsExactly(
                new Explanation.RequirementLine("R1", Capability.INF, 500, 400, 2, 1, 100, 1, 0, 200, 100),
                new Explanation.RequirementLine("R2", Capability.MED, 150, 200, 1, 1, 0, 0, 50, 60, 50));
        assertThat(explanation.states()).containsExactly(new Explanation.StateLine("A", 0.5, 300, 400, 1000, 100),
                new Explanation.StateLine("B", 0.5, 300, 200, 250, 100));
    }

    @Test
    void anExplanationAddsUpToItsPlansEvaluation() {
        for (long seed = 1; seed <= 200; seed++) {
            ForceProblem problem = SmallProblems.random(seed);
            java.util.Random random = new java.util.Random(seed);
            int[] assignment = new int[problem.units().size()];
            for (int u = 0; u < assignment.length; u++) {
                int[] eligible = problem.requirementsOf(u);
                assignment[u] = eligible.length == 0 || random.nextInt(3) == 0 ? ForcePlan.UNASSIGNED : eligible[random.nextInt(eligible.length)];
            }
            ForcePlan plan = new ForcePlan(assignment);

            Evaluation evaluation = Objective.evaluate(problem, plan);
            Explanation explanation = Explanation.of(problem, plan);

            assertThat(explanation.terms().stream().mapToDouble(Explanation.Term::cost).sum()).as("seed %d", seed)
                    .isCloseTo(evaluation.objective(), within(1e-6));
            assertThat(explanation.requirements().stream().mapToLong(Explanation.RequirementLine::shortPersonnel).sum())
                    .isEqualTo(evaluation.shortfallPersonnel());
            assertThat(explanation.requirements().stream().mapToLong(Explanation.RequirementLine::shortUnits).sum()).isEqualTo(evaluation.shortfallUnits());
            assertThat(explanation.requirements().stream().mapToLong(Explanation.RequirementLine::overPersonnel).sum())
                    .isEqualTo(evaluation.overcommitPersonnel());
            assertThat(explanation.requirements().stream().mapToInt(Explanation.RequirementLine::lastArrivalHours).max().orElse(0))
                    .isEqualTo(evaluation.maxArrivalHours());
            assertThat(explanation.states().stream().mapToLong(Explanation.StateLine::deviation).sum()).isEqualTo(evaluation.burdenDeviationPersonnel());
        }
    }

    @Test
    void namesEveryHardRuleAPlanBreaks() {
        ForcePlan plan = ForcePlan.of(PROBLEM, List.of(new ForcePlan.Assignment("U3", "R1"), new ForcePlan.Assignment("U1", "R2"),
                new ForcePlan.Assignment("U2", "R2")));

        Evaluation evaluation = Objective.evaluate(PROBLEM, plan);

        assertThat(evaluation.violations()).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("U3").contains("arrives at 300 h, after 200 h"))
                .anySatisfy(v -> assertThat(v).contains("U1").contains("it is INF, the requirement is MED"))
                .anySatisfy(v -> assertThat(v).contains("state B commits 300 personnel, above its cap of 250"));
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    void aCombatTaskGoesOnlyToAUnitThatTakesCombatTasks() {
        Requirement combat = PROBLEM.requirements().getFirst();
        ForceUnit noCombat = unit("U9", "B", Capability.INF, 100, 150, true);

        assertThat(combat.accepts(noCombat)).isFalse();
        assertThat(combat.accepts(unit("U8", "A", Capability.INF, 100, 150, false))).isTrue();
        assertThat(Objective.evaluate(new ForceProblem("combat", HERE, TRANSPORT, PROBLEM.weights(), PROBLEM.states(), List.of(noCombat),
                PROBLEM.requirements()), new ForcePlan(new int[] {0})).violations()).singleElement().asString().contains("combat task");
    }
}
