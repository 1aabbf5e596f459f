package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.forces.Capability;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.ContingentTimeline.Reported;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class ContingentTimelineTest {

    private static final ZoneId ALMATY = Kazakhstan2022Mission.ALMATY;
    private static final Instant ETA = Instant.parse("2022-01-07T06:00:00Z");

    private static ContingentTimeline arriving(Moment planned, Moment actual) {
        return new ContingentTimeline(Map.of(Milestone.ARRIVAL, planned), Map.of(Milestone.ARRIVAL, new Reported(actual, List.of("SITREP-2"))));
    }

    @Test
    void aContingentArrivingAfterItsEtaIsASlipOfThatSize() {
        ContingentTimeline late = arriving(Moment.at(ETA), Moment.at(ETA.plus(Duration.ofHours(30))));

        assertThat(late.arrivalSlip(ALMATY)).contains(new Slip(Milestone.ARRIVAL, Duration.ofHours(30), false));
    }

    @Test
    void aContingentArrivingOnItsEtaOrBeforeIsNoSlip() {
        assertThat(arriving(Moment.at(ETA), Moment.at(ETA)).arrivalSlip(ALMATY)).isEmpty();
        assertThat(arriving(Moment.at(ETA), Moment.at(ETA.minusSeconds(3600))).arrivalSlip(ALMATY)).isEmpty();
    }

    @Test
    void anArrivalKnownOnlyToTheDayAfterTheDayOfItsEtaIsASlipOfWholeDays() {
        ContingentTimeline late = arriving(Moment.at(ETA), Moment.on("2022-01-09"));

        assertThat(late.arrivalSlip(ALMATY)).contains(new Slip(Milestone.ARRIVAL, Duration.ofDays(2), true));
    }

    @Test
    void anArrivalKnownOnlyToTheDayOfItsEtaIsNoSlip() {
        assertThat(arriving(Moment.at(ETA), Moment.on("2022-01-07")).arrivalSlip(ALMATY)).isEmpty();
        assertThat(arriving(Moment.on("2022-01"), Moment.on("2022-01-20")).arrivalSlip(ALMATY)).isEmpty();
    }

    @Test
    void theDaysOfASlipAreTheTheatres() {
        ContingentTimeline timeline = arriving(Moment.at(Instant.parse("2022-01-06T20:00:00Z")), Moment.on("2022-01-07"));

        assertThat(timeline.arrivalSlip(ALMATY)).as("20:00 UTC is the 7th in Almaty").isEmpty();
        assertThat(timeline.arrivalSlip(ZoneOffset.UTC)).contains(new Slip(Milestone.ARRIVAL, Duration.ofDays(1), true));
    }

    @Test
    void aMilestoneNotYetReportedOrNotPlannedIsNoSlip() {
        var planned = new ContingentTimeline(Map.of(Milestone.ARRIVAL, Moment.at(ETA)), Map.of());
        var unplanned = new ContingentTimeline(Map.of(), Map.of(Milestone.ARRIVAL, new Reported(Moment.at(ETA.plusSeconds(7200)), List.of("SITREP-2"))));

        assertThat(planned.arrivalSlip(ALMATY)).isEmpty();
        assertThat(unplanned.arrivalSlip(ALMATY)).isEmpty();
    }

    @Test
    void aLateWithdrawalIsASlipOfItsOwnMilestone() {
        var timeline = new ContingentTimeline(Map.of(Milestone.WITHDRAWAL_COMPLETE, Moment.on("2022-01-18")),
                Map.of(Milestone.WITHDRAWAL_COMPLETE, new Reported(Moment.on("2022-01-19"), List.of("SBBY_2022_01_20"))));

        assertThat(timeline.slip(Milestone.WITHDRAWAL_COMPLETE, ALMATY)).contains(new Slip(Milestone.WITHDRAWAL_COMPLETE, Duration.ofDays(1), true));
        assertThat(timeline.arrivalSlip(ALMATY)).isEmpty();
    }

    @Test
    void anActualDateComesFromAReportCitingASource() {
        assertThatThrownBy(() -> new Reported(Moment.on("2022-01-06"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actualMilestonesDoNotGoBackInTime() {
        assertThatThrownBy(() -> new ContingentTimeline(Map.of(), Map.of(
                Milestone.DEPARTURE, new Reported(Moment.at(ETA), List.of("S")),
                Milestone.ARRIVAL, new Reported(Moment.at(ETA.minusSeconds(60)), List.of("S")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrival");
        assertThatThrownBy(() -> Kazakhstan2022Mission.russia().timeline()
                .reported(Milestone.WITHDRAWAL_COMPLETE, new Reported(Moment.on("2022-01-10"), List.of("S"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMilestoneReportedIsAddedToTheTimeline() {
        ContingentTimeline timeline = ContingentTimeline.empty().reported(Milestone.ARRIVAL, new Reported(Moment.on("2022-01-06"), List.of("S")));

        assertThat(timeline.actual()).containsOnlyKeys(Milestone.ARRIVAL);
    }

    @Test
    void aContingentIsDueWhenTheLastOfItsPackageUnitsIs() {
        Instant order = Instant.parse("2022-01-06T06:00:00Z");
        Contingent contingent = new Contingent(StateCode.of("KGZ"), List.of(
                new Contingent.Unit.FromPackage("KGZ-U1", "1st company", Capability.INF, 100, 18),
                new Contingent.Unit.FromPackage("KGZ-U2", "medical team", Capability.MED, 20, 30),
                new Contingent.Unit.Recorded("liaison cell", List.of("S"))), List.of(), Kazakhstan2022Mission.kyrgyzstan().strength(), ContingentTimeline.empty());

        assertThat(contingent.dueAt(order)).contains(Instant.parse("2022-01-07T12:00:00Z"));
        assertThat(Kazakhstan2022Mission.armenia().dueAt(order)).isEmpty();
    }
}
