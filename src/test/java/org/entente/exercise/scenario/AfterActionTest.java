package org.entente.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.exercise.scenario.AfterAction.InjectOutcome.Status;
import org.entente.exercise.scenario.Expectation.Action;
import org.entente.exercise.scenario.InjectPayload.Milestone.Step;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

/** The after-action comparison: each step's time from the scenario's start against history's, and what each inject got in answer. */
class AfterActionTest {

    private static final Instant WORLD = Instant.parse("2022-01-05T00:00:00Z");

    private static Instant world(String offset) {
        return WORLD.plus(Duration.parse(offset));
    }

    private static Inject expecting(String id, String at, Action action, String within) {
        return new Inject(id, Duration.parse(at), "Inject " + id, "Text " + id, List.of(), new Expectation(action, Duration.parse(within)),
                new InjectPayload.RequestArrives(StateCode.of("KAZ"), ThreatCategory.TERRORISM, List.of(), "Help"));
    }

    private static Inject milestone(String at, Step step) {
        return new Inject("m-" + step.code(), Duration.parse(at), "History", "As it happened", List.of(), null, new InjectPayload.Milestone(step));
    }

    private static final Scenario REPLAY = new Scenario("REPLAY-TEST", "A replay", "From the record", OrganizationCode.of("CSTO"), WORLD, 144,
            null, List.of(), List.of(
                    expecting("request", "PT0S", Action.REQUEST_FILED, "PT6H"),
                    expecting("sitrep-1", "PT12H", Action.SITREP_FILED, "PT12H"),
                    milestone("PT20H", Step.DECISION),
                    expecting("sitrep-2", "PT30H", Action.SITREP_FILED, "PT6H"),
                    milestone("P1DT12H", Step.FIRST_ARRIVAL),
                    expecting("sitrep-3", "P2D", Action.SITREP_FILED, "PT6H"),
                    milestone("P7D", Step.WITHDRAWAL_START)));

    @Test
    void eachStepIsTimedFromTheStartAgainstHistoryAndSaysByHowMuchItWasLate() {
        AfterAction report = AfterAction.of(REPLAY, Map.of(Step.DECISION, world("PT26H"), Step.FIRST_ARRIVAL, world("P1DT6H"), Step.PACKAGE, world("PT30H")),
                Map.of(), Map.of(), world("P3D"));

        assertThat(report.steps()).extracting(AfterAction.StepComparison::step)
                .containsExactly(Step.DECISION, Step.PACKAGE, Step.FIRST_ARRIVAL, Step.FULL_STRENGTH, Step.WITHDRAWAL_START, Step.WITHDRAWAL_END);
        AfterAction.StepComparison decision = report.steps().getFirst();
        assertThat(decision.history()).contains(Duration.ofHours(20));
        assertThat(decision.exercise()).contains(Duration.ofHours(26));
        assertThat(decision.late()).contains(Duration.ofHours(6));
        AfterAction.StepComparison arrival = report.steps().get(2);
        assertThat(arrival.late()).as("earlier than history: not late").isEmpty();
        assertThat(arrival.ahead()).contains(Duration.ofHours(6));
        AfterAction.StepComparison packaged = report.steps().get(1);
        assertThat(packaged.history()).as("history dates no package").isEmpty();
        assertThat(packaged.exercise()).contains(Duration.ofHours(30));
        assertThat(packaged.late()).isEmpty();
        AfterAction.StepComparison withdrawal = report.steps().get(4);
        assertThat(withdrawal.exercise()).as("not reached").isEmpty();
        assertThat(withdrawal.history()).contains(Duration.ofDays(7));
        assertThat(report.steps()).extracting(AfterAction.StepComparison::standing).containsExactly(AfterAction.Standing.LATE,
                AfterAction.Standing.NO_HISTORY, AfterAction.Standing.AHEAD, AfterAction.Standing.NOT_REACHED, AfterAction.Standing.NOT_REACHED,
                AfterAction.Standing.NOT_REACHED);
    }

    @Test
    void anInjectIsAnsweredInTimeLateOrNotAtAllByTheFirstMatchingActionAfterItArrived() {
        Map<String, Instant> delivered = Map.of("request", world("PT0S"), "sitrep-1", world("PT12H"), "sitrep-2", world("PT30H"),
                "sitrep-3", world("P2D"));
        Map<Action, List<Instant>> actions = Map.of(
                Action.REQUEST_FILED, List.of(world("PT2H")),
                Action.SITREP_FILED, List.of(world("PT10H"), world("PT40H")));

        AfterAction report = AfterAction.of(REPLAY, Map.of(), delivered, actions, world("P2DT2H"));

        assertThat(report.injects()).extracting(outcome -> outcome.inject().id()).containsExactly("request", "sitrep-1", "sitrep-2", "sitrep-3");
        assertThat(report.injects().get(0).status()).isEqualTo(Status.ANSWERED);
        assertThat(report.injects().get(0).answeredAfter()).contains(Duration.ofHours(2));
        assertThat(report.injects().get(1).status()).as("the sitrep of 10h came before the inject of 12h; the one of 40h is 16h later than 12h allow")
                .isEqualTo(Status.LATE);
        assertThat(report.injects().get(1).answeredAfter()).contains(Duration.ofHours(28));
        assertThat(report.injects().get(1).lateBy()).contains(Duration.ofHours(16));
        assertThat(report.injects().get(2).status()).as("40h is within 6h of 30h? no: 10h after").isEqualTo(Status.LATE);
        assertThat(report.injects().get(3).status()).as("2h of its 6h gone, nothing yet").isEqualTo(Status.AWAITED);
        assertThat(report.unanswered()).isEmpty();

        AfterAction later = AfterAction.of(REPLAY, Map.of(), delivered, actions, world("P3D"));
        assertThat(later.injects().get(3).status()).isEqualTo(Status.UNANSWERED);
        assertThat(later.unanswered()).extracting(outcome -> outcome.inject().id()).containsExactly("sitrep-3");
    }

    @Test
    void anInjectNotDeliveredYetIsSaidSoAndMilestonesAreNoInjectsToAnswer() {
        AfterAction report = AfterAction.of(REPLAY, Map.of(), Map.of("request", world("PT0S")), Map.of(), world("PT1H"));

        assertThat(report.injects()).extracting(AfterAction.InjectOutcome::status)
                .containsExactly(Status.AWAITED, Status.NOT_ARRIVED, Status.NOT_ARRIVED, Status.NOT_ARRIVED);
    }
}
