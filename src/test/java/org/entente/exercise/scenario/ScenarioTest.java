package org.entente.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.entente.mission.ReportedFigure;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.junit.jupiter.api.Test;

/** A scenario on its clock: what is due as the clock moves, when the next inject comes, and what it refuses to hold. */
class ScenarioTest {

    private static final Instant WORLD = Instant.parse("2027-04-12T06:00:00Z");

    private static Inject message(String id, String at) {
        return new Inject(id, Duration.parse(at), "Title " + id, "Text " + id, List.of(), null, new InjectPayload.Message());
    }

    private static Inject request(String id, String at) {
        return new Inject(id, Duration.parse(at), "A request", "A state asks", List.of(),
                new Expectation(Expectation.Action.REQUEST_FILED, Duration.ofHours(4)),
                new InjectPayload.RequestArrives(StateCode.of("KGZ"), ThreatCategory.NATURAL_DISASTER, List.of(), "Relief"));
    }

    private static Inject milestone(String id, String at, InjectPayload.Milestone.Step step) {
        return new Inject(id, Duration.parse(at), "Planned", "The plan", List.of(), null, new InjectPayload.Milestone(step));
    }

    private static Inject sitrep(String id, String at, String request, Instant asOf) {
        return new Inject(id, Duration.parse(at), "Sitrep", "Report", List.of(), null, new InjectPayload.Sitrep(request,
                List.of(new ScenarioFigure(ScenarioFigure.Kind.INJURED, ReportedFigure.Population.CIVILIANS, 3, asOf))));
    }

    private static Scenario scenario(Inject... injects) {
        return new Scenario("TEST-SCENARIO", "A test", "Fictional", OrganizationCode.of("CSTO"), WORLD, 144, null, List.of(), List.of(injects));
    }

    private static List<String> ids(List<Inject> injects) {
        return injects.stream().map(Inject::id).toList();
    }

    @Test
    void tellsItsDurationAndTheWorldInstantOfAnOffset() {
        Scenario scenario = scenario(message("a", "PT0S"), request("b", "PT2H"), message("c", "P1D"));

        assertThat(scenario.duration()).isEqualTo(Duration.ofDays(1));
        assertThat(scenario.worldAt(Duration.ofHours(36))).isEqualTo(Instant.parse("2027-04-13T18:00:00Z"));
    }

    @Test
    void milestonesAreDeliveredToNobodyAndExpectNothing() {
        Scenario scenario = scenario(request("b", "PT2H"), milestone("d", "PT12H", InjectPayload.Milestone.Step.DECISION));

        assertThat(ids(scenario.milestones())).containsExactly("d");
        assertThat(scenario.injects().get(1).isDelivered()).isFalse();
        assertThat(scenario.injects().get(0).expectation()).map(Expectation::action).contains(Expectation.Action.REQUEST_FILED);
        assertThatThrownBy(() -> new Inject("m", Duration.ZERO, "Planned", "Plan", List.of(), new Expectation(Expectation.Action.DECISION, Duration.ofHours(1)),
                new InjectPayload.Milestone(InjectPayload.Milestone.Step.DECISION))).hasMessageContaining("expects nothing");
    }

    @Test
    void refusesInjectsOutOfOrderOrUnderOneIdTwice() {
        assertThatThrownBy(() -> scenario(message("a", "PT2H"), message("b", "PT1H"))).hasMessageContaining("before the inject ahead of it");
        assertThatThrownBy(() -> scenario(message("a", "PT1H"), message("a", "PT2H"))).hasMessageContaining("used twice");
    }

    @Test
    void refusesASitrepOnNoEarlierRequestOrOfTheFuture() {
        assertThatThrownBy(() -> scenario(sitrep("s", "PT1H", "r", WORLD), request("r", "PT2H"))).hasMessageContaining("no earlier inject with the id 'r'");
        assertThatThrownBy(() -> scenario(request("r", "PT0S"), sitrep("s", "PT1H", "r", WORLD.plus(Duration.ofHours(2)))))
                .hasMessageContaining("after it arrives");
        assertThat(scenario(request("r", "PT0S"), sitrep("s", "PT1H", "r", WORLD.plus(Duration.ofHours(1)))).injects()).hasSize(2);
    }

    @Test
    void refusesASpeedSlowerThanRealTimeOrFasterThanADayASecond() {
        assertThatThrownBy(() -> new Scenario("TEST-SCENARIO", "A test", "Fictional", OrganizationCode.of("CSTO"), WORLD, 0, null, List.of(), List.of()))
                .hasMessageContaining("speed");
        assertThatThrownBy(() -> new Scenario("TEST-SCENARIO", "A test", "Fictional", OrganizationCode.of("CSTO"), WORLD, 86_401, null, List.of(), List.of()))
                .hasMessageContaining("speed");
    }
}
