package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Objective;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.TransportProfile;
import org.entente.forcegeneration.Weights;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/**
 * The levelling of a requirement ({@link Levelling}) and the levelled replacement ({@link Replace}), on a plateau made by hand: one
 * requirement of 100 persons covered by A (60) and B (41), one person over; both states above their burden targets, so a person
 * more or fewer costs the same whoever sends it. G (55) and H (45) cover it exactly, but each single move from {A, B} leaves it
 * short (a thousand a person) or further over; L (40) would level B but arrives after the force.
 */
class LevellingTest {

    private static final GeoPoint CAPITAL = new GeoPoint(45, 70);

    private static final ForceProblem PLATEAU = new ForceProblem("plateau", new GeoPoint(43.2, 76.9), Map.of(Transport.LAND, new TransportProfile(50, 12)),
            new Weights(1000, 100000, 10, 1, 1),
            List.of(new Contributor("X", 0, 0, 10_000, false, CAPITAL), new Contributor("Z", 0, 0, 10_000, false, CAPITAL)),
            List.of(unit("A", "X", 60, 100), unit("B", "X", 41, 100), unit("G", "Z", 55, 100), unit("H", "Z", 45, 100), unit("L", "Z", 40, 200)),
            List.of(new Requirement("R", Capability.INF, false, 500, 100, 1)));

    private static final ForcePlan OVER_BY_ONE = ForcePlan.of(PLATEAU, List.of(new ForcePlan.Assignment("A", "R"), new ForcePlan.Assignment("B", "R")));

    private static ForceUnit unit(String id, String state, int personnel, int arrival) {
        return new ForceUnit(id, state, Capability.INF, personnel, 24, CAPITAL, Transport.LAND, 100, arrival, false);
    }

    @Test
    void aRequirementOffItsNeedIsLevelledByAUnitOfExactlyTheSizeThatArrivesNoLaterThanTheForce() {
        PlanState state = new PlanState(PLATEAU, OVER_BY_ONE);
        Levelling levelling = new Levelling(PLATEAU);

        // One over: B (41) for a unit of 40; L is one, but arrives at 200, after the force (100).
        assertThat(levelling.find(state, new Random(1), 0, u -> true)).isNull();

        state.move(PLATEAU.unitIndex("A"), ForcePlan.UNASSIGNED);
        state.move(PLATEAU.unitIndex("G"), 0);
        // Four short with G (55) in A's place: B (41) for H (45), and never G, the unit not admitted.
        for (long seed = 0; seed < 10; seed++) {
            assertThat(levelling.find(state, new Random(seed), 0, u -> u != PLATEAU.unitIndex("G")))
                    .containsExactly(PLATEAU.unitIndex("B"), PLATEAU.unitIndex("H"));
        }
        assertThat(levelling.find(state, new Random(1), 0, u -> u != PLATEAU.unitIndex("G") && u != PLATEAU.unitIndex("H"))).as("H not admitted").isNull();

        state.move(PLATEAU.unitIndex("B"), ForcePlan.UNASSIGNED);
        state.move(PLATEAU.unitIndex("H"), 0);
        assertThat(levelling.find(state, new Random(1), 0, u -> true)).as("nothing to level").isNull();
    }

    @Test
    void aLevelledReplacementLeavesThePlateauWhereNoSingleReplacementDoes() {
        double plateau = Objective.evaluate(PLATEAU, OVER_BY_ONE).objective();

        Walk plain = new Walk(PLATEAU, OVER_BY_ONE, LocalSearch.Strategy.CLIMBING, 7, Progress.NONE);
        Replace replacements = new Replace(plain);
        for (int i = 0; i < 500; i++) {
            plain.step();
            replacements.tryOn(0, false);
        }
        Walk levelled = new Walk(PLATEAU, OVER_BY_ONE, LocalSearch.Strategy.CLIMBING, 7, Progress.NONE);
        Replace levelledReplacements = new Replace(levelled);
        for (int i = 0; i < 500; i++) {
            levelled.step();
            levelledReplacements.tryOn(0, true);
        }

        assertThat(plain.outcome().objective()).isEqualTo(plateau);
        ForcePlan exact = ForcePlan.of(PLATEAU, List.of(new ForcePlan.Assignment("G", "R"), new ForcePlan.Assignment("H", "R")));
        assertThat(levelled.outcome().plan()).isEqualTo(exact);
        assertThat(levelled.outcome().objective()).isEqualTo(Objective.evaluate(PLATEAU, exact).objective()).isLessThan(plateau);
        assertThat(new PlanState(PLATEAU, levelled.state.plan()).objective()).as("the kept state is the plan's").isEqualTo(levelled.state.objective());
    }
}
