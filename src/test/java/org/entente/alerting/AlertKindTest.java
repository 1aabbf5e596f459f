package org.entente.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AlertKindTest {

    @Test
    void theTwelveStepsOfIssue14AreWhatPeopleSubscribeTo() {
        assertThat(Arrays.stream(AlertKind.values()).filter(AlertKind::subscribable).map(AlertKind::code)).containsExactly(
                "request_filed", "council_convened", "vote_needed", "decision_taken", "package_accepted", "mission_deployed",
                "contingent_arrived", "contingent_late", "sitrep_filed", "casualty_figure_revised", "mission_withdrawn", "mandate_ending");
    }

    @Test
    void anExercisesInjectsTheSecretariatsNoticesAndTheDigestsReachPeopleWithoutBeingSubscribedTo() {
        assertThat(Arrays.stream(AlertKind.values()).filter(kind -> !kind.subscribable()))
                .containsExactly(AlertKind.INJECT_ARRIVED, AlertKind.ENDPOINT_DISABLED, AlertKind.WEEKLY_DIGEST, AlertKind.DAILY_DIGEST);
    }

    @Test
    void aDecisionIsTheRequestDecidedEvent() {
        assertThat(AlertKind.DECISION_TAKEN.cloudEventType()).isEqualTo("org.entente.request.decided");
    }

    /** Standard Webhooks: event types full-stop delimited, identifiers of [a-zA-Z0-9_]; CloudEvents: type non-empty. */
    @Test
    void everyTypeIsAFullStopDelimitedNameOfWordCharacters() {
        assertThat(AlertKind.values()).allSatisfy(kind -> assertThat(kind.cloudEventType()).matches("org\\.entente(\\.[a-z0-9_]+)+"));
    }

    @Test
    void noTwoKindsShareAType() {
        assertThat(Arrays.stream(AlertKind.values()).map(AlertKind::cloudEventType)).doesNotHaveDuplicates();
    }
}
