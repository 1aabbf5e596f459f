package org.entente.forcegeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.forces.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one ETA formula against every unit of the public S and M instances: their distances (to 10 m, the bases being given to five decimals) and their arrivalHours. */
class EtaTest {

    static Stream<Path> instances() {
        return Stream.concat(BenchmarkInstances.named("S-").stream(), BenchmarkInstances.named("M-").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void theFormulaGivesEveryUnitsDistanceAndArrivalAsTheInstanceStatesThem(Path file) {
        ForceProblem problem = BenchmarkInstances.read(file);
        assertThat(problem.units()).isNotEmpty();
        for (ForceUnit unit : problem.units()) {
            TransportProfile transport = problem.transport().get(unit.transport());
            assertThat(unit.base().distanceKmTo(problem.theatre())).as(unit.id()).isCloseTo(unit.distanceKm(), within(0.01));
            assertThat(Eta.arrivalHours(unit.noticeToMoveHours(), transport, unit.base(), problem.theatre())).as(unit.id())
                    .isEqualTo(unit.arrivalHours());
        }
    }

    @org.junit.jupiter.api.Test
    void anArrivalTooFarToCountSaturatesInsteadOfOverflowing() {
        TransportProfile sea = StatementOfRequirements.TRANSPORT.get(Transport.SEA);

        assertThat(Eta.arrivalHours(Integer.MAX_VALUE, sea, 20_000)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Eta.arrivalHours(Integer.MAX_VALUE - 50, sea, 0)).as("72 hours of overhead pass the largest int").isEqualTo(Integer.MAX_VALUE);
        assertThat(Eta.arrivalHours(Integer.MAX_VALUE - 100, sea, 0)).isEqualTo(Integer.MAX_VALUE - 28);
        assertThat(Eta.arrivalHours(720, sea, 3000)).isEqualTo(720 + 72 + 100);
    }

    @org.junit.jupiter.api.Test
    void anArrivalIsItsNoticeItsTransportsOverheadAndItsTravelRoundedUpToTheHour() {
        Eta.Parts parts = Eta.parts(24, new TransportProfile(700, 4), 230);

        assertThat(parts).isEqualTo(new Eta.Parts(24, 4, 1));
        assertThat(parts.arrivalHours()).isEqualTo(29);
    }

    /*
     * The product's overheads are the transport's own handling (getting to the airfield or forming the column, loading,
     * unloading); the readiness to move is the unit's notice to move, counted apart. The staff officer found an
     * airborne battalion 230 km away on 24 h notice arriving at 49 h (a day of air overhead on top of a day's notice) and a
     * medical company 5 km away arriving at 61 h (half a day of overhead for a road move shorter than an hour).
     */
    @org.junit.jupiter.api.Test
    void anAirborneBattalion230KmAwayOn24HoursNoticeIsInTheTheatreWellWithin30Hours() {
        int arrival = Eta.arrivalHours(24, StatementOfRequirements.TRANSPORT.get(Transport.AIR), 230);

        assertThat(arrival).as("24 h notice, an hour of flight, a few hours at the airfields").isLessThanOrEqualTo(29);
    }

    @org.junit.jupiter.api.Test
    void aMedicalCompany5KmAwayByRoadArrivesAFewHoursAfterItsNotice() {
        int arrival = Eta.arrivalHours(48, StatementOfRequirements.TRANSPORT.get(Transport.LAND), 5);

        assertThat(arrival).as("48 h notice, an hour on the road at most, forming and dispersing the column").isLessThanOrEqualTo(51);
    }
}
