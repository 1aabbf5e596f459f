package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.mission.MandatePeriod.Extension;
import org.entente.mission.MissionState.Step;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.junit.jupiter.api.Test;

class MandateClockTest {

    private static Step on(String day) {
        return new Step("secretariat", PartialDate.parse(day), List.of());
    }

    private static final List<MissionState> DEPLOYED = List.of(new MissionState.Planned(on("2024-03-01")),
            new MissionState.Deploying(on("2024-03-04")), new MissionState.Deployed(on("2024-03-06")));
    private static final MandatePeriod NINETY_DAYS = MandatePeriod.of(new Period(PartialDate.parse("2024-03-01"), PartialDate.parse("2024-05-30")));

    @Test
    void daysDeployedCountFromTheOrderToMoveToTheDay() {
        assertThat(MandateClock.on(LocalDate.parse("2024-03-14"), DEPLOYED, NINETY_DAYS).daysDeployed()).isEqualTo(10L);
    }

    @Test
    void aMissionNotYetDeployingHasNoDaysDeployed() {
        MandateClock clock = MandateClock.on(LocalDate.parse("2024-03-02"), DEPLOYED, NINETY_DAYS);

        assertThat(clock.daysDeployed()).isNull();
        assertThat(clock.daysToEnd()).isEqualTo(89L);
    }

    @Test
    void daysDeployedStopAtTheWithdrawal() {
        MandateClock clock = Kazakhstan2022Mission.mission().clock(LocalDate.parse("2022-03-01"));

        assertThat(clock.daysDeployed()).isEqualTo(13L);
        assertThat(clock.pastEnd()).isFalse();
    }

    @Test
    void theClockReadsTheRecordAsItStoodOnTheDay() {
        Mission kazakhstan = Kazakhstan2022Mission.mission();

        assertThat(kazakhstan.clock(LocalDate.parse("2022-01-08")).daysDeployed()).isEqualTo(2L);
        assertThat(kazakhstan.clock(LocalDate.parse("2022-01-20")).daysDeployed()).isEqualTo(13L);
        assertThat(kazakhstan.clock(LocalDate.parse("2022-01-05")).daysDeployed()).isNull();
    }

    @Test
    void daysToTheEndCountEveryExtension() {
        MandatePeriod extended = NINETY_DAYS.extended(new Extension(PartialDate.parse("2024-08-28"), PartialDate.parse("2024-05-20"), List.of()));

        assertThat(MandateClock.on(LocalDate.parse("2024-05-29"), DEPLOYED, NINETY_DAYS).daysToEnd()).isEqualTo(1L);
        assertThat(MandateClock.on(LocalDate.parse("2024-05-29"), DEPLOYED, extended).daysToEnd()).isEqualTo(91L);
        assertThat(extended.current()).isEqualTo(new Period(PartialDate.parse("2024-03-01"), PartialDate.parse("2024-08-28")));
    }

    @Test
    void aMissionStillDeployedOnItsMandatesEndIsPastItsEnd() {
        assertThat(MandateClock.on(LocalDate.parse("2024-05-29"), DEPLOYED, NINETY_DAYS).pastEnd()).isFalse();
        MandateClock onTheEnd = MandateClock.on(LocalDate.parse("2024-05-30"), DEPLOYED, NINETY_DAYS);
        MandateClock after = MandateClock.on(LocalDate.parse("2024-06-09"), DEPLOYED, NINETY_DAYS);

        assertThat(onTheEnd.pastEnd()).isTrue();
        assertThat(onTheEnd.daysToEnd()).isZero();
        assertThat(after.pastEnd()).isTrue();
        assertThat(after.daysToEnd()).isEqualTo(-10L);
    }

    @Test
    void aWithdrawnMissionIsNotPastItsEnd() {
        var withdrawn = new ArrayList<>(DEPLOYED);
        withdrawn.add(new MissionState.DrawingDown(on("2024-05-20")));
        withdrawn.add(new MissionState.Withdrawn(on("2024-05-28")));

        MandateClock clock = MandateClock.on(LocalDate.parse("2024-06-09"), withdrawn, NINETY_DAYS);

        assertThat(clock.pastEnd()).isFalse();
        assertThat(clock.daysDeployed()).isEqualTo(85L);
    }

    @Test
    void anOpenEndedMandateHasNoDaysToItsEndAndIsNeverPastIt() {
        MandateClock clock = MandateClock.on(LocalDate.parse("2030-01-01"), DEPLOYED, MandatePeriod.of(new Period(PartialDate.parse("2024-03-01"), null)));

        assertThat(clock.daysToEnd()).isNull();
        assertThat(clock.pastEnd()).isFalse();
    }

    @Test
    void anExtensionMovesTheEndLater() {
        assertThatThrownBy(() -> NINETY_DAYS.extended(new Extension(PartialDate.parse("2024-05-30"), PartialDate.parse("2024-05-20"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("later than 2024-05-30");
    }

    @Test
    void anOpenEndedMandateIsNotExtended() {
        assertThatThrownBy(() -> new MandatePeriod(new Period(PartialDate.parse("2024-03-01"), null),
                List.of(new Extension(PartialDate.parse("2024-08-28"), PartialDate.parse("2024-05-20"), List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
