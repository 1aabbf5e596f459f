package org.entente.forcegeneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.junit.jupiter.api.Test;

/** Which units each requirement of a plan did not get, the rule that kept each out, and the nearest fix. */
class ExclusionsTest {

    private static final GeoPoint HERE = new GeoPoint(0, 0);
    private static final Map<Transport, TransportProfile> TRANSPORT = Map.of(Transport.LAND, new TransportProfile(50, 2));

    /** A unit 40 km from the theatre by land (1 h of travel, 2 h of overhead): it arrives {@code notice + 3} hours after the order. */
    private static ForceUnit unit(String id, String state, Capability capability, int personnel, int notice, boolean noCombat) {
        return new ForceUnit(id, state, capability, personnel, notice, HERE, Transport.LAND, 40, Eta.arrivalHours(notice, TRANSPORT.get(Transport.LAND), 40),
                noCombat);
    }

    private static Contributor state(String id, int cap) {
        return new Contributor(id, 0.5, 500, cap, false, HERE);
    }

    private static ForceProblem problem(List<ForceUnit> units, Requirement... requirements) {
        return new ForceProblem("exclusions", HERE, TRANSPORT, new Weights(1000, 100000, 10, 1, 1), List.of(state("KAZ", 10_000), state("KGZ", 600)),
                units, List.of(requirements));
    }

    private static Exclusions.OfRequirement only(ForceProblem problem, ForcePlan plan) {
        return Exclusions.of(problem, plan).requirements().get(0);
    }

    @Test
    void twoBattalionsArrivingAfterTheLimitAreExcludedAsLateByHowMuchAndTheNearestFixAdmitsBoth() {
        // The example: 600 infantry within 48 h; two Kazakh battalions (450 and 400) arrive at 49 h and 64 h.
        ForceProblem problem = problem(List.of(unit("KAZ-1", "KAZ", Capability.INF, 450, 46, false), unit("KAZ-2", "KAZ", Capability.INF, 400, 61, false)),
                new Requirement("INF1", Capability.INF, true, 48, 600, 2));

        Exclusions.OfRequirement line = only(problem, ForcePlan.empty(problem));

        assertThat(line.excluded()).extracting(Exclusions.Excluded::unit, Exclusions.Excluded::rule, Exclusions.Excluded::arrivalHours,
                Exclusions.Excluded::lateByHours).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KAZ-1", Exclusions.Rule.LATE, 49, 1),
                org.assertj.core.groups.Tuple.tuple("KAZ-2", Exclusions.Rule.LATE, 64, 16));
        assertThat(line.nearestFix()).isEqualTo(new Exclusions.NearestFix(64, List.of("KAZ-1", "KAZ-2"), 850, true));
    }

    @Test
    void theNearestFixStopsAtTheFirstLimitThatCoversTheRequirement() {
        ForceProblem problem = problem(List.of(unit("EARLY", "KAZ", Capability.INF, 700, 46, false), unit("LATER", "KAZ", Capability.INF, 400, 61, false)),
                new Requirement("INF1", Capability.INF, false, 48, 600, 1));

        assertThat(only(problem, ForcePlan.empty(problem)).nearestFix()).isEqualTo(new Exclusions.NearestFix(49, List.of("EARLY"), 700, true));
    }

    @Test
    void whereEvenEveryLateUnitIsNotEnoughTheNearestFixSaysItDoesNotCover() {
        ForceProblem problem = problem(List.of(unit("KAZ-1", "KAZ", Capability.INF, 450, 46, false)), new Requirement("INF1", Capability.INF, false, 48, 600, 1));

        assertThat(only(problem, ForcePlan.empty(problem)).nearestFix()).isEqualTo(new Exclusions.NearestFix(49, List.of("KAZ-1"), 450, false));
    }

    @Test
    void aRequirementThePlanCoversHasNoNearestFix() {
        ForceProblem problem = problem(List.of(unit("ON-TIME", "KAZ", Capability.INF, 600, 10, false), unit("LATE", "KAZ", Capability.INF, 400, 61, false)),
                new Requirement("INF1", Capability.INF, false, 48, 600, 1));

        Exclusions.OfRequirement line = only(problem, ForcePlan.of(problem, List.of(new ForcePlan.Assignment("ON-TIME", "INF1"))));

        assertThat(line.excluded()).extracting(Exclusions.Excluded::unit).containsExactly("LATE");
        assertThat(line.nearestFix()).isNull();
    }

    @Test
    void unitsOfAnotherCapabilityAreCountedNotListed() {
        ForceProblem problem = problem(List.of(unit("MED", "KAZ", Capability.MED, 50, 10, false), unit("ENG", "KAZ", Capability.ENG, 80, 10, false)),
                new Requirement("INF1", Capability.INF, false, 48, 600, 1));

        Exclusions.OfRequirement line = only(problem, ForcePlan.empty(problem));

        assertThat(line.otherCapability()).isEqualTo(2);
        assertThat(line.excluded()).isEmpty();
    }

    @Test
    void aUnitThatTakesNoCombatTaskIsExcludedFromACombatTaskByItsCaveat() {
        ForceProblem problem = problem(List.of(unit("TJK", "KAZ", Capability.INF, 400, 10, true)), new Requirement("INF1", Capability.INF, true, 48, 600, 1));

        assertThat(only(problem, ForcePlan.empty(problem)).excluded()).extracting(Exclusions.Excluded::rule, Exclusions.Excluded::lateByHours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Exclusions.Rule.COMBAT_CAVEAT, 0));
    }

    @Test
    void aLateUnitThatAlsoTakesNoCombatIsExcludedAsLateButIsNoFixSinceItsCaveatWouldStillKeepItOut() {
        ForceProblem problem = problem(List.of(unit("TJK", "KAZ", Capability.INF, 400, 61, true)), new Requirement("INF1", Capability.INF, true, 48, 600, 1));

        Exclusions.OfRequirement line = only(problem, ForcePlan.empty(problem));

        assertThat(line.excluded()).extracting(Exclusions.Excluded::rule).containsExactly(Exclusions.Rule.LATE);
        assertThat(line.nearestFix()).isNull();
    }

    @Test
    void aUnitWhoseStateHasReachedItsNationalCapIsExcludedByTheCap() {
        // Kyrgyzstan caps at 600: its first battalion (350) serves INF1, so its second (350) would take it to 700.
        ForceProblem problem = problem(List.of(unit("KGZ-1", "KGZ", Capability.INF, 350, 10, false), unit("KGZ-2", "KGZ", Capability.INF, 350, 10, false)),
                new Requirement("INF1", Capability.INF, false, 48, 1000, 2));

        Exclusions.OfRequirement line = only(problem, ForcePlan.of(problem, List.of(new ForcePlan.Assignment("KGZ-1", "INF1"))));

        assertThat(line.excluded()).extracting(Exclusions.Excluded::unit, Exclusions.Excluded::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KGZ-2", Exclusions.Rule.NATIONAL_CAP));
    }

    @Test
    void aUnitThePlanCouldHaveUsedOrThatServesAnotherRequirementIsNotExcluded() {
        ForceProblem problem = problem(List.of(unit("SPARE", "KAZ", Capability.INF, 400, 10, false), unit("ELSEWHERE", "KAZ", Capability.INF, 400, 10, false)),
                new Requirement("INF1", Capability.INF, false, 48, 600, 1), new Requirement("INF2", Capability.INF, false, 48, 400, 1));

        Exclusions.OfRequirement line = only(problem, ForcePlan.of(problem, List.of(new ForcePlan.Assignment("ELSEWHERE", "INF2"))));

        assertThat(line.excluded()).isEmpty();
    }

    @Test
    void eachExcludedUnitCarriesItsArrivalsPartsWhichSumToItsArrival() {
        ForceProblem problem = problem(List.of(unit("KAZ-2", "KAZ", Capability.INF, 400, 61, false)), new Requirement("INF1", Capability.INF, true, 48, 600, 2));

        Exclusions.Excluded excluded = only(problem, ForcePlan.empty(problem)).excluded().get(0);

        assertThat(excluded.eta()).isEqualTo(new Eta.Parts(61, 2, 1));
        assertThat(excluded.eta().arrivalHours()).isEqualTo(excluded.arrivalHours());
    }
}
