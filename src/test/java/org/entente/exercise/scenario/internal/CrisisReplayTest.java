package org.entente.exercise.scenario.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.assistance.RecordedRequest;
import org.entente.exercise.scenario.Inject;
import org.entente.exercise.scenario.InjectKind;
import org.entente.exercise.scenario.InjectPayload;
import org.entente.exercise.scenario.InjectPayload.Milestone.Step;
import org.entente.exercise.scenario.Scenario;
import org.entente.exercise.scenario.ScenarioFigure;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.Mission;
import org.entente.mission.MissionState;
import org.entente.mission.ReportedFigure;
import org.entente.provenance.Source;
import org.entente.register.Clause;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kazakhstan 2022 replay, generated from the CSTO's record as imported: a valid scenario whose injects arrive at the record's
 * dates minus the start of the crisis, citing the record's sources, with every revision after the figure it revises.
 */
class CrisisReplayTest extends DatabaseTest {

    private static final OrganizationCode CSTO = OrganizationCode.of("CSTO");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ScenarioReplayService replays;
    @Autowired
    private Register register;

    private CrisisReplay.Crisis record;
    private Scenario replay;

    @BeforeEach
    void replayKazakhstan() {
        record = replays.crisis(CSTO, "KAZ-2022", Instant.now());
        replay = CrisisReplay.scenario(record, CrisisReplay.DEFAULT_SPEED);
    }

    private Inject milestone(Step step) {
        return replay.milestones().stream().filter(inject -> ((InjectPayload.Milestone) inject.payload()).step() == step).findFirst().orElseThrow();
    }

    private Duration offsetOf(PartialDate date) {
        return Duration.between(replay.world(), date.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private List<Inject> ofKind(InjectKind kind) {
        return replay.injects().stream().filter(inject -> inject.kind() == kind).toList();
    }

    @Test
    void theReplayIsAValidScenarioThatReadsBackAsItself() {
        Set<String> clauses = register.content(CSTO, Instant.now()).orElseThrow().clauses().stream().map(Clause::id).collect(Collectors.toSet());
        var document = ScenarioFormat.document(replay);

        assertThat(new ScenarioValidator().errors(JSON.readTree(JSON.writeValueAsBytes(document)), clauses)).isEmpty();
        assertThat(ScenarioFormat.scenario(document)).isEqualTo(replay);
        assertThat(replay.name()).isEqualTo("REPLAY-KAZ-2022");
        assertThat(replay.replayOf()).isEqualTo("KAZ-2022");
        assertThat(replay.speed()).isEqualTo(144);
        assertThat(CrisisReplay.scenario(record, CrisisReplay.DEFAULT_SPEED)).as("the same record gives the same scenario").isEqualTo(replay);
    }

    @Test
    void startsOnTheDayTheRequestWasReceivedAndTheCouncilDecidesADayLater() {
        // Independent of the record as the code reads it: /work/shared/data/csto-facts.json dates the request 2022-01-05 and the
        // council's decision 2022-01-06.
        assertThat(replay.world()).isEqualTo(Instant.parse("2022-01-05T00:00:00Z"));
        assertThat(milestone(Step.DECISION).at()).isEqualTo(Duration.ofDays(1));

        RecordedRequest request = record.request();
        Inject arrives = ofKind(InjectKind.REQUEST_ARRIVES).getFirst();
        assertThat(replay.injects().getFirst()).isEqualTo(arrives);
        assertThat(arrives.at()).isEqualTo(offsetOf(request.received()));
        assertThat(((InjectPayload.RequestArrives) arrives.payload()).state()).isEqualTo(request.state());
        assertThat(((InjectPayload.RequestArrives) arrives.payload()).clauses()).containsExactly(request.clause());
        assertThat(arrives.sources()).containsAll(request.sources());
        assertThat(milestone(Step.DECISION).at()).isEqualTo(offsetOf(request.decision().date()));
    }

    @Test
    void theMilestonesAreTheMissionsRecordedDates() {
        Mission mission = record.mission();
        assertThat(mission.id()).isEqualTo("MIS-KAZ-2022");
        Instant firstArrival = mission.contingents().stream()
                .flatMap(contingent -> java.util.Optional.ofNullable(contingent.timeline().actual().get(ContingentTimeline.Milestone.ARRIVAL)).stream())
                .map(reported -> reported.at().earliestDay(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant())
                .min(Instant::compareTo).orElseThrow();

        assertThat(replay.worldAt(milestone(Step.FIRST_ARRIVAL).at())).isEqualTo(firstArrival);
        assertThat(milestone(Step.WITHDRAWAL_START).at()).isEqualTo(offsetOf(step(mission, MissionState.Status.DRAWING_DOWN).on()));
        assertThat(milestone(Step.WITHDRAWAL_END).at()).isEqualTo(offsetOf(step(mission, MissionState.Status.WITHDRAWN).on()));
        assertThat(milestone(Step.WITHDRAWAL_END).at()).as("withdrawn on 19 January 2022").isEqualTo(Duration.ofDays(14));
        assertThat(replay.milestones()).as("the record dates no force package").noneMatch(inject -> inject.id().equals("milestone-package"));
        assertThat(milestone(Step.FULL_STRENGTH).at()).isBetween(milestone(Step.FIRST_ARRIVAL).at(), milestone(Step.WITHDRAWAL_START).at());
    }

    private static MissionState.Step step(Mission mission, MissionState.Status status) {
        return mission.history().stream().filter(state -> state.status() == status).findFirst().orElseThrow().step();
    }

    @Test
    void eachContingentHasItsArrivalMessageSayingWhereSourcesDiffer() {
        List<Inject> messages = ofKind(InjectKind.MESSAGE);
        for (var contingent : record.mission().contingents()) {
            Inject message = messages.stream().filter(inject -> inject.id().equals("arrival-" + contingent.state())).findFirst().orElseThrow();
            var arrival = contingent.timeline().actual().get(ContingentTimeline.Milestone.ARRIVAL);
            if (arrival != null) {
                assertThat(replay.worldAt(message.at())).isEqualTo(arrival.at().earliestDay(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
                assertThat(message.sources()).containsAll(arrival.sources());
            }
            if (contingent.strength() != null && contingent.strength().claims().size() > 1) {
                assertThat(message.text()).contains("sources differ");
            }
        }
        Inject armenian = messages.stream().filter(inject -> inject.id().equals("arrival-ARM")).findFirst().orElseThrow();
        assertThat(armenian.text()).contains("100 personnel").contains("70 personnel");
    }

    @Test
    void aSitrepGivesEachFigureAsFirstReportedAndARevisionEachLaterOneNeverBeforeWhatItRevises() {
        List<ReportedFigure> first = record.figures().stream().filter(figure -> figure.supersedes() == null).toList();
        List<ScenarioFigure> reported = ofKind(InjectKind.SITREP).stream()
                .flatMap(inject -> ((InjectPayload.Sitrep) inject.payload()).figures().stream()).toList();
        assertThat(reported).hasSameSizeAs(first);
        assertThat(reported).extracting(ScenarioFigure::value).containsExactlyInAnyOrderElementsOf(first.stream().map(figure -> figure.count().value()).toList());

        List<ReportedFigure> revisions = record.figures().stream().filter(figure -> figure.supersedes() != null).toList();
        List<Inject> revises = ofKind(InjectKind.SOURCE_REVISES);
        assertThat(revises).hasSameSizeAs(revisions);
        Map<String, Inject> before = new HashMap<>();
        for (Inject inject : replay.injects()) {
            if (inject.payload() instanceof InjectPayload.SourceRevises revision) {
                assertThat(before).as("%s revises an earlier sitrep", inject.id()).containsKey(revision.sitrep());
                ReportedFigure figure = revisions.stream().filter(candidate -> inject.id().equals("revises-" + candidate.id())).findFirst().orElseThrow();
                assertThat(revision.value()).isEqualTo(figure.count().value());
                assertThat(figure.sources()).contains(revision.source());
                Duration recorded = Duration.between(replay.world(), figure.recordedAt());
                Duration sitrep = before.get(revision.sitrep()).at();
                assertThat(inject.at()).as("%s: when recorded, or with the sitrep it revises if that is later", inject.id())
                        .isEqualTo(recorded.compareTo(sitrep) < 0 ? sitrep : recorded);
            }
            before.put(inject.id(), inject);
        }
        // The record dates the early toll (18 security officers, 7 January) before the figure it supersedes (17, 10 January):
        // the revision arrives with the report of 10 January and says so.
        Inject early = revises.stream().filter(inject -> inject.id().equals("revises-KAZ-EARLY-SECURITY")).findFirst().orElseThrow();
        assertThat(early.at()).isEqualTo(Duration.ofDays(5));
        assertThat(early.text()).contains("before the report it revises");
        Inject later = revises.stream().filter(inject -> inject.id().equals("revises-KAZ-225")).findFirst().orElseThrow();
        assertThat(later.at()).isEqualTo(Duration.ofDays(10));
        assertThat(((InjectPayload.SourceRevises) later.payload()).value()).isEqualTo(225);
    }

    @Test
    void everyInjectCitesTheRecordsSourcesWithTheirAddresses() {
        Map<String, Source> sources = record.sources().stream().collect(Collectors.toMap(Source::id, source -> source, (a, b) -> a));
        assertThat(replay.injects()).allMatch(inject -> !inject.sources().isEmpty());
        assertThat(replay.sources()).allSatisfy(source -> {
            assertThat(sources).containsKey(source.id());
            assertThat(source.url()).isEqualTo(sources.get(source.id()).url());
        });
        assertThat(ofKind(InjectKind.SITREP).getFirst().text()).as("the casualty disagreement").contains("Sources differ");
    }

    @Test
    void aRequestTheRecordAnswersWithNoMissionReplaysAsTheRequestAndTheDecision() {
        RecordedRequest request = record.request();
        var noMission = new CrisisReplay.Crisis(CSTO, request, null, List.of(), record.sources(), record.disagreements());

        Scenario scenario = CrisisReplay.scenario(noMission, 600);

        assertThat(scenario.injects()).extracting(Inject::kind).containsExactly(InjectKind.REQUEST_ARRIVES, InjectKind.MILESTONE);
        assertThat(scenario.speed()).isEqualTo(600);
        assertThat(scenario.summary()).contains("no mission");
        assertThat(request.state()).isEqualTo(StateCode.of("KAZ"));
    }
}
