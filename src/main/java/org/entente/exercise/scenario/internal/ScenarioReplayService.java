package org.entente.exercise.scenario.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.command.Refusal;
import org.entente.exercise.scenario.Scenario;
import org.entente.mission.Missions;
import org.entente.provenance.Provenance;
import org.entente.provenance.ProvenanceContent;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replay as a library operation (docs/replay.md): a recorded request of the organization's record, with the mission that answered it
 * where the record holds one, becomes a scenario ({@link CrisisReplay}) imported into the organization's library under the name
 * {@code REPLAY-<request>}, like any import: a new version where the record (or the speed) changed since, nothing where not; audited
 * {@code scenario.import}. For its secretariat.
 */
@Service
class ScenarioReplayService {

    private final Register register;
    private final RecordedRequests requests;
    private final Missions missions;
    private final Provenance provenance;
    private final ScenarioService library;
    private final JsonMapper json;
    private final Clock clock;

    ScenarioReplayService(Register register, RecordedRequests requests, Missions missions, Provenance provenance, ScenarioService library,
                          JsonMapper json, Clock clock) {
        this.register = register;
        this.requests = requests;
        this.missions = missions;
        this.provenance = provenance;
        this.library = library;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Generates the replay of the recorded request {@code requestId} of the organization {@code code} at {@code speed} (null: a day
     * in ten minutes) and imports it: 404 for an unknown organization, 403 for anyone but its secretariat, 400 naming {@code request}
     * where none is given, 422 naming {@code speed} for a speed out of 1 to 86400, 404 naming {@code request} for a request not in
     * the record, and what an import refuses.
     */
    ScenarioService.Imported replay(String code, String requestId, Integer speed, Actor actor) {
        Instant now = clock.instant();
        OrganizationCode organization = register.organizationNamed("organization", code, now).code();
        if (!actor.holds(Role.SECRETARIAT, organization, null)) {
            throw Refusal.forbidden("the scenarios of " + organization + " are imported by its secretariat", List.of());
        }
        if (requestId == null || requestId.isBlank()) {
            throw Refusal.invalid("request", "the id of a recorded request of " + organization + " to replay (KAZ-2022)");
        }
        int clockSpeed = speed == null ? CrisisReplay.DEFAULT_SPEED : speed;
        if (clockSpeed < 1 || clockSpeed > Scenario.MAX_SPEED) {
            throw Refusal.outOfBounds("speed", "a speed is 1 (real time) to " + Scenario.MAX_SPEED + " world seconds a second, not " + clockSpeed);
        }
        Scenario scenario;
        try {
            scenario = CrisisReplay.scenario(crisis(organization, requestId, now), clockSpeed);
        } catch (IllegalArgumentException unreplayable) {
            // What the record holds of the crisis makes no valid scenario (a date the format refuses, say): say why, not 500.
            throw Refusal.outOfBounds("request", "the record of request " + requestId + " does not replay: " + unreplayable.getMessage());
        }
        return library.importDocument(code, json.writeValueAsBytes(ScenarioFormat.document(scenario)), actor);
    }

    /** The record of the crisis the recorded request {@code requestId} opened, as the organization's record stands at {@code now}. */
    CrisisReplay.Crisis crisis(OrganizationCode organization, String requestId, Instant now) {
        RecordedRequest request = requests.all(organization, now).stream().filter(recorded -> recorded.id().equals(requestId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("request", "no request '" + requestId + "' in the record of " + organization));
        var answered = missions.readableBy(organization, Actor.SYSTEM).stream()
                .filter(readable -> requestId.equals(readable.mission().basis().request())).findFirst();
        ProvenanceContent record = provenance.content(organization.value(), now);
        return new CrisisReplay.Crisis(organization, request, answered.map(readable -> readable.mission()).orElse(null),
                answered.map(readable -> readable.figures().figures()).orElse(List.of()), record.sources(), record.disagreements());
    }
}
