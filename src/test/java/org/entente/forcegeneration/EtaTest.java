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
}
