package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * The state levelling ({@link StateLevelling}) on a plateau made by hand: state S, far below its burden target and capped at 100,
 * commits 99 (A 49 and A' 50); its free unit B (100) would take it to its cap, but only instead of both of its units; X, above its
 * target, sends C (20) and has D (19) free. One requirement of 119. Only B for A and A' at once, with C replaced by D to keep the
 * requirement at its need, takes a person of burden from X to S; each single move passes S's cap or leaves the requirement over or
 * short.
 */
class StateLevellingTest {

    private static final GeoPoint CAPITAL = new GeoPoint(45, 70);

    private static final ForceProblem CAPPED = new ForceProblem("capped", new GeoPoint(43.2, 76.9), Map.of(Transport.LAND, new TransportProfile(50, 12)),
            new Weights(1000, 100000, 10, 1, 1),
            List.of(new Contributor("S", 0.9, 1000, 100, false, CAPITAL), new Contributor("X", 0.1, 0, 10_000, false, CAPITAL)),
            List.of(unit("A", "S", 49), unit("A'", "S", 50), unit("B", "S", 100), unit("C", "X", 20), unit("D", "X", 19)),
            List.of(new Requirement("R", Capability.INF, false, 500, 119, 1)));

    private static final ForcePlan ONE_SHORT_OF_THE_CAP = ForcePlan.of(CAPPED,
            List.of(new ForcePlan.Assignment("A", "R"), new ForcePlan.Assignment("A'", "R"), new ForcePlan.Assignment("C", "R")));

    private static ForceUnit unit(String id, String state, int personnel) {
        return new ForceUnit(id, state, Capability.INF, personnel, 24, CAPITAL, Transport.LAND, 100, 100, false);
    }

    @Test
    void aCappedStateOnePersonShortOfItsCapReachesItByAnExchangeOfItsOwnUnitsWithTheRequirementLevelled() {
        double plateau = Objective.evaluate(CAPPED, ONE_SHORT_OF_THE_CAP).objective();

        Walk replacing = new Walk(CAPPED, ONE_SHORT_OF_THE_CAP, LocalSearch.Strategy.CLIMBING, 3, Progress.NONE);
        Replace replacements = new Replace(replacing);
        for (int i = 0; i < 500; i++) {
            replacing.step();
            replacements.tryOn(0, true);
        }
        Walk levelling = new Walk(CAPPED, ONE_SHORT_OF_THE_CAP, LocalSearch.Strategy.CLIMBING, 3, Progress.NONE);
        StateLevelling states = new StateLevelling(levelling, new Levelling(CAPPED));
        for (int i = 0; i < 50; i++) {
            levelling.step();
            states.tryOn();
        }

        assertThat(replacing.outcome().objective()).as("levelled replacements stay on the plateau").isEqualTo(plateau);
        ForcePlan capped = ForcePlan.of(CAPPED, List.of(new ForcePlan.Assignment("B", "R"), new ForcePlan.Assignment("D", "R")));
        assertThat(levelling.outcome().plan()).isEqualTo(capped);
        assertThat(levelling.outcome().objective()).isEqualTo(Objective.evaluate(CAPPED, capped).objective()).isEqualTo(plateau - 2);
        assertThat(Objective.evaluate(CAPPED, levelling.state.plan()).violations()).as("S at its cap, not past it").isEmpty();
    }

    @Test
    void aStateThatCannotGainWithoutPassingItsCapOrItsTargetIsLeftAsItIs() {
        ForcePlan atTheCap = ForcePlan.of(CAPPED, List.of(new ForcePlan.Assignment("B", "R"), new ForcePlan.Assignment("D", "R")));
        Walk walk = new Walk(CAPPED, atTheCap, LocalSearch.Strategy.LATE_ACCEPTANCE, 3, Progress.NONE);
        StateLevelling states = new StateLevelling(walk, new Levelling(CAPPED));
        for (int i = 0; i < 50; i++) {
            walk.step();
            states.tryOn();
        }

        assertThat(walk.state.plan()).isEqualTo(atTheCap);
    }
}
