package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.command.Result;
import org.entente.mission.MissionState.Status;
import org.entente.mission.MissionState.Step;
import org.entente.register.PartialDate;
import org.junit.jupiter.api.Test;

class MissionStateTest {

    private static Step on(String day) {
        return new Step("secretariat", PartialDate.parse(day), List.of());
    }

    private static MissionState next(Result<MissionState> next) {
        assertThat(next).isInstanceOf(Result.Done.class);
        return ((Result.Done<MissionState>) next).value();
    }

    private static final MissionState PLANNED = new MissionState.Planned(on("2022-01-06"));

    @Test
    void aMissionIsPlannedDeployingDeployedDrawingDownAndWithdrawnEachStepRecordingWhoWhenAndSources() {
        Step withdrawal = new Step("CSTO Collective Security Council", PartialDate.parse("2022-01-19"), List.of("SBBY_2022_01_20"));

        MissionState deploying = next(PLANNED.deploy(on("2022-01-06")));
        MissionState deployed = next(deploying.declareDeployed(on("2022-01-08")));
        MissionState drawingDown = next(deployed.drawDown(on("2022-01-13")));
        MissionState withdrawn = next(drawingDown.withdraw(withdrawal));

        assertThat(List.of(deploying, deployed, drawingDown, withdrawn)).extracting(MissionState::status)
                .containsExactly(Status.DEPLOYING, Status.DEPLOYED, Status.DRAWING_DOWN, Status.WITHDRAWN);
        assertThat(withdrawn).isEqualTo(new MissionState.Withdrawn(withdrawal));
        assertThat(withdrawn.step().sources()).containsExactly("SBBY_2022_01_20");
    }

    @Test
    void aMissionDoesNotSkipAStep() {
        assertThat(PLANNED.declareDeployed(on("2022-01-08")))
                .isEqualTo(new Result.Refused<>("cannot declare deployed this mission: it is only planned: no order to move was given"));
        assertThat(PLANNED.drawDown(on("2022-01-08"))).isInstanceOf(Result.Refused.class);
        assertThat(PLANNED.withdraw(on("2022-01-08"))).isInstanceOf(Result.Refused.class);
        assertThat(next(PLANNED.deploy(on("2022-01-06"))).withdraw(on("2022-01-08")))
                .isEqualTo(new Result.Refused<>("cannot withdraw this mission: it is still deploying"));
    }

    @Test
    void aMissionDoesNotTakeTheSameStepTwice() {
        MissionState deploying = next(PLANNED.deploy(on("2022-01-06")));

        assertThat(deploying.deploy(on("2022-01-07"))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void aMissionIsTerminatedFromAnyStateThatIsNotFinal() {
        MissionState deploying = next(PLANNED.deploy(on("2022-01-06")));
        MissionState deployed = next(deploying.declareDeployed(on("2022-01-08")));
        MissionState drawingDown = next(deployed.drawDown(on("2022-01-13")));

        for (MissionState state : List.of(PLANNED, deploying, deployed, drawingDown)) {
            assertThat(next(state.terminate(on("2022-01-14"), "the host withdrew its consent")))
                    .isEqualTo(new MissionState.Terminated(on("2022-01-14"), "the host withdrew its consent"));
        }
    }

    @Test
    void aWithdrawnOrTerminatedMissionGoesNowhere() {
        MissionState terminated = next(PLANNED.terminate(on("2022-01-07"), "the request was withdrawn"));
        MissionState withdrawn = new MissionState.Withdrawn(on("2022-01-19"));

        assertThat(terminated.deploy(on("2022-01-08")))
                .isEqualTo(new Result.Refused<>("cannot deploy this mission: it was terminated (the request was withdrawn)"));
        assertThat(terminated.terminate(on("2022-01-08"), "again")).isInstanceOf(Result.Refused.class);
        assertThat(withdrawn.terminate(on("2022-01-20"), "late")).isEqualTo(new Result.Refused<>("cannot terminate this mission: it was withdrawn"));
        assertThat(withdrawn.status().isFinal()).isTrue();
    }

    @Test
    void aStepDatedBeforeTheStepItFollowsIsRefused() {
        MissionState deploying = next(PLANNED.deploy(on("2022-01-06")));

        assertThat(deploying.declareDeployed(on("2022-01-05")))
                .isEqualTo(new Result.Refused<>("cannot declare deployed this mission on 2022-01-05: it has been deploying since 2022-01-06"));
    }

    @Test
    void aStepKnownOnlyToTheMonthMayFollowAStepOnADayOfThatMonth() {
        MissionState deploying = next(PLANNED.deploy(on("2022-01-06")));

        assertThat(deploying.declareDeployed(on("2022-01"))).isEqualTo(new Result.Done<>(new MissionState.Deployed(on("2022-01"))));
        assertThat(deploying.declareDeployed(on("2021-12"))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void aStepSaysWhoTookItAndATerminationWhy() {
        assertThatThrownBy(() -> new Step(" ", PartialDate.parse("2022-01-06"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Step("secretariat", null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MissionState.Terminated(on("2022-01-06"), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStatusIsNamedByItsCode() {
        assertThat(List.of(Status.values())).extracting(Status::code)
                .containsExactly("planned", "deploying", "deployed", "drawing_down", "withdrawn", "terminated");
    }
}
