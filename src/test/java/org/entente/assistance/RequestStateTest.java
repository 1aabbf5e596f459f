package org.entente.assistance;

import org.entente.command.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.entente.assistance.RequestState.Step;
import org.junit.jupiter.api.Test;

class RequestStateTest {

    private static final Step FILING = new Step("liaison-kaz", Instant.parse("2022-01-05T18:00:00Z"));
    private static final Step CONVENING = new Step("secretariat", Instant.parse("2022-01-05T20:00:00Z"));
    private static final Step DECIDING = new Step("secretariat", Instant.parse("2022-01-06T04:00:00Z"));

    private static RequestState next(Result<RequestState> next) {
        assertThat(next).isInstanceOf(Result.Done.class);
        return ((Result.Done<RequestState>) next).value();
    }

    @Test
    void aRequestIsFiledConsultedDecidedAndClosedEachStepRecordingWhoAndWhen() {
        RequestState filed = new RequestState.Filed(FILING);
        RequestState consulting = next(filed.convene(CONVENING));
        RequestState decided = next(consulting.decide(DECIDING, DecisionKind.DEPLOY_FORCES, "CST-ART4"));
        RequestState closed = next(decided.close(new Step("secretariat", Instant.parse("2022-01-19T00:00:00Z"))));

        assertThat(consulting.step()).isEqualTo(CONVENING);
        assertThat(decided).isEqualTo(new RequestState.Decided(DECIDING, DecisionKind.DEPLOY_FORCES, "CST-ART4"));
        assertThat(closed).isInstanceOf(RequestState.Closed.class);
    }

    @Test
    void theRequesterMayWithdrawBeforeADecisionOnly() {
        RequestState filed = new RequestState.Filed(FILING);
        RequestState consulting = next(filed.convene(CONVENING));
        RequestState decided = next(consulting.decide(DECIDING, DecisionKind.REJECTED, "CST-ART2"));

        assertThat(filed.withdraw(FILING)).isInstanceOf(Result.Done.class);
        assertThat(consulting.withdraw(FILING)).isInstanceOf(Result.Done.class);
        assertThat(decided.withdraw(FILING)).isEqualTo(new Result.Refused<>("cannot withdraw this request: it was decided (rejected)"));
    }

    @Test
    void aRequestIsNotDecidedBeforeTheCouncilIsConvenedNorConvenedTwice() {
        RequestState filed = new RequestState.Filed(FILING);

        assertThat(filed.decide(DECIDING, DecisionKind.DEPLOY_FORCES, "CST-ART4")).isInstanceOf(Result.Refused.class);
        assertThat(next(filed.convene(CONVENING)).convene(CONVENING)).isInstanceOf(Result.Refused.class);
        assertThat(filed.close(DECIDING)).isInstanceOf(Result.Refused.class);
    }

    @Test
    void aWithdrawnRequestGoesNowhere() {
        RequestState withdrawn = next(new RequestState.Filed(FILING).withdraw(FILING));

        assertThat(withdrawn.convene(CONVENING)).isInstanceOf(Result.Refused.class);
        assertThat(withdrawn.withdraw(FILING)).isInstanceOf(Result.Refused.class);
    }
}
