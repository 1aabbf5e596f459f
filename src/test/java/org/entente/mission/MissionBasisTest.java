package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RequestState;
import org.entente.command.Verdict;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

class MissionBasisTest {

    private static final RequestState.Step STEP = new RequestState.Step("secretariat", Instant.parse("2022-01-06T04:00:00Z"));

    private static FiledRequest request(RequestState... after) {
        var history = new ArrayList<RequestState>();
        history.add(new RequestState.Filed(STEP));
        history.addAll(List.of(after));
        return new FiledRequest("REQ-1", OrganizationCode.of("CSTO"), StateCode.of("KAZ"), STEP.at(), ThreatCategory.INTERNAL_UNREST, "CST-ART4",
                "unrest", List.of(), "liaison-kaz", false, false, history, null);
    }

    private static RecordedRequest recorded(RecordedRequest.Decision decision) {
        return new RecordedRequest("REQ-KAZ-2022", StateCode.of("KAZ"), PartialDate.parse("2022-01-05"), ThreatCategory.INTERNAL_UNREST, "CST-ART4",
                "unrest", "CSTO", List.of(), decision, null, List.of("URDU_2022_01"));
    }

    @Test
    void aDecisionToDeployForcesAllowsAMission() {
        FiledRequest decided = request(new RequestState.UnderConsultation(STEP), new RequestState.Decided(STEP, DecisionKind.DEPLOY_FORCES, "CST-ART4"));

        assertThat(MissionBasis.decisionToDeploy(decided)).isEqualTo(new Verdict.Allowed(MissionBasis.DECISION_TO_DEPLOY));
    }

    @Test
    void aDecisionOfAnotherKindRefusesAMission() {
        FiledRequest decided = request(new RequestState.UnderConsultation(STEP),
                new RequestState.Decided(STEP, DecisionKind.NON_MILITARY_ASSISTANCE, "CST-ART4"));

        assertThat(MissionBasis.decisionToDeploy(decided)).isEqualTo(new Verdict.Refused(MissionBasis.DECISION_TO_DEPLOY,
                "request REQ-1 was decided non military assistance, not deploy forces"));
    }

    @Test
    void anUndecidedRequestRefusesAMission() {
        assertThat(MissionBasis.decisionToDeploy(request(new RequestState.UnderConsultation(STEP))))
                .isEqualTo(new Verdict.Refused(MissionBasis.DECISION_TO_DEPLOY, "request REQ-1 is not decided (under consultation)"));
    }

    @Test
    void aRecordedDecisionToDeployAllowsARecordedMissionAndNoRecordedDecisionRefusesIt() {
        var deploy = new RecordedRequest.Decision(DecisionKind.DEPLOY_FORCES, PartialDate.parse("2022-01-06"), "CST-ART4", "CSC", "deploy", null);

        assertThat(MissionBasis.decisionToDeploy(recorded(deploy))).isInstanceOf(Verdict.Allowed.class);
        assertThat(MissionBasis.decisionToDeploy(recorded(null)))
                .isEqualTo(new Verdict.Refused(MissionBasis.DECISION_TO_DEPLOY, "request REQ-KAZ-2022 has no recorded decision"));
    }

    @Test
    void theHostIsTheStateThatAsked() {
        assertThat(MissionBasis.hostIsTheRequester(StateCode.of("KAZ"), StateCode.of("KAZ"))).isInstanceOf(Verdict.Allowed.class);
        assertThat(MissionBasis.hostIsTheRequester(StateCode.of("KGZ"), StateCode.of("KAZ")))
                .isEqualTo(new Verdict.Refused(MissionBasis.HOST_IS_THE_REQUESTER, "the mission's host KGZ is not the requesting state KAZ"));
    }
}
