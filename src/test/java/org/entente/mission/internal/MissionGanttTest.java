package org.entente.mission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.entente.forces.GeoPoint;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.LegalBasis;
import org.entente.mission.Mandate;
import org.entente.mission.MandatePeriod;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.mission.MissionTask;
import org.entente.mission.Moment;
import org.entente.mission.Theatre;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class MissionGanttTest {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    /** A mission in Almaty, its mandate open-ended from its first step, with {@code history} and {@code contingents}. */
    static Mission mission(List<MissionState> history, List<Contingent> contingents) {
        return new Mission("MIS-TEST", OrganizationCode.of("CSTO"), "Test mission", StateCode.of("KAZ"),
                new LegalBasis("KAZ-2022", "CST-ART4", new LegalBasis.Grounds.RecordedFromDataset(List.of("SRC"))),
                new Mandate("Protect sites", EnumSet.of(MissionTask.PROTECT_SITES), List.of("SRC")), "CPF", null,
                MandatePeriod.of(new Period(history.getFirst().step().on(), null)), new Theatre("Almaty", new GeoPoint(43.24, 76.89), ALMATY), null,
                history, contingents);
    }

    static MissionState.Step step(String on) {
        return new MissionState.Step("council", PartialDate.parse(on), List.of("SRC"));
    }

    /** Planned and deploying on 6 January 2022, deployed some day in January, drawing down on the 13th, withdrawn on the 19th. */
    static List<MissionState> withdrawnHistory() {
        return List.of(new MissionState.Planned(step("2022-01-06")), new MissionState.Deploying(step("2022-01-06")),
                new MissionState.Deployed(step("2022-01")), new MissionState.DrawingDown(step("2022-01-13")),
                new MissionState.Withdrawn(step("2022-01-19")));
    }

    static Contingent contingent(String state, Map<Milestone, Moment> planned, Map<Milestone, ContingentTimeline.Reported> actual) {
        return new Contingent(StateCode.of(state), List.of(), List.of(), null, new ContingentTimeline(planned, actual));
    }

    static ContingentTimeline.Reported reported(Moment at) {
        return new ContingentTimeline.Reported(at, List.of("SRC"));
    }

    @Test
    void theMissionRowSetsItsOpenEndedMandateAgainstItsDeploymentFromTheOrderToMoveToTheWithdrawal() {
        MissionGantt gantt = MissionGantt.of(mission(withdrawnHistory(), List.of()), LocalDate.of(2026, 12, 5));

        MissionGantt.Row row = gantt.rows().getFirst();
        assertThat(row.mission()).isTrue();
        assertThat(row.actual().from()).isEqualTo("2022-01-06");
        assertThat(row.actual().until()).isEqualTo("2022-01-19");
        assertThat(row.actual().open()).isFalse();
        assertThat(row.planned().open()).as("the mandate sets no end").isTrue();
        assertThat(row.planned().x2()).isGreaterThan(row.actual().x2());
    }

    @Test
    void aStepKnownOnlyToTheMonthSpansTheWholeMonthAndIsDrawnFuzzy() {
        MissionGantt gantt = MissionGantt.of(mission(withdrawnHistory(), List.of()), LocalDate.of(2026, 12, 5));

        MissionGantt.Mark deployed = gantt.rows().getFirst().marks().stream().filter(mark -> mark.status().equals("deployed")).findFirst().orElseThrow();
        MissionGantt.Mark drawingDown = gantt.rows().getFirst().marks().stream().filter(mark -> mark.status().equals("drawing_down")).findFirst().orElseThrow();
        assertThat(deployed.fuzzy()).isTrue();
        assertThat(drawingDown.fuzzy()).isFalse();
        assertThat(deployed.x2() - deployed.x1()).isCloseTo(31 * (drawingDown.x2() - drawingDown.x1()), within(0.01));
        assertThat(deployed.x1()).isLessThan(gantt.rows().getFirst().actual().x1());
        assertThat(gantt.rows().getFirst().marks().getFirst()).as("drawn first, under the exact steps").isEqualTo(deployed);
    }

    @Test
    void aContingentArrivingLaterThanPlannedCarriesTheSizeOfItsSlip() {
        Instant due = Instant.parse("2022-01-07T12:00:00Z");
        Instant arrived = Instant.parse("2022-01-07T17:00:00Z");
        Mission mission = mission(withdrawnHistory(), List.of(contingent("RUS", Map.of(Milestone.ARRIVAL, Moment.at(due)),
                Map.of(Milestone.ARRIVAL, reported(Moment.at(arrived)), Milestone.WITHDRAWAL_COMPLETE, reported(Moment.on("2022-01-19"))))));

        MissionGantt.Row russia = MissionGantt.of(mission, LocalDate.of(2026, 12, 5)).rows().get(1);

        assertThat(russia.state()).isEqualTo("RUS");
        assertThat(russia.late().hours()).isEqualTo(5);
        assertThat(russia.late().toTheDay()).isFalse();
        assertThat(russia.actual().x1()).isGreaterThan(russia.planned().x1());
        assertThat(russia.actual().until()).isEqualTo("2022-01-19");
    }

    @Test
    void aContingentStillOutRunsOpenToTheDayTheChartIsDrawnFor() {
        List<MissionState> deploying = List.of(new MissionState.Planned(step("2022-01-06")), new MissionState.Deploying(step("2022-01-06")));
        Mission mission = mission(deploying, List.of(contingent("ARM", Map.of(), Map.of(Milestone.ARRIVAL, reported(Moment.on("2022-01-07"))))));

        MissionGantt onThe8th = MissionGantt.of(mission, LocalDate.of(2022, 1, 8));
        MissionGantt onThe10th = MissionGantt.of(mission, LocalDate.of(2022, 1, 10));

        MissionGantt.Bar armenia = onThe8th.rows().get(1).actual();
        assertThat(armenia.open()).isTrue();
        assertThat(armenia.until()).isNull();
        assertThat(onThe8th.rows().get(1).planned()).as("nothing planned").isNull();
        assertThat(armenia.x2()).isGreaterThan(onThe8th.dayX());
        assertThat(onThe10th.rows().get(1).actual().x2() - onThe10th.rows().get(1).actual().x1()).isGreaterThan(armenia.x2() - armenia.x1());
    }

    @Test
    void aContingentWithNoMilestoneHasNoBar() {
        MissionGantt gantt = MissionGantt.of(mission(withdrawnHistory(), List.of(contingent("TJK", Map.of(), Map.of()))), LocalDate.of(2026, 12, 5));

        assertThat(gantt.rows().get(1).planned()).isNull();
        assertThat(gantt.rows().get(1).actual()).isNull();
        assertThat(gantt.rows()).hasSize(2);
    }
}
