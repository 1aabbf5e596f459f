package org.entente.alerting.internal.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.assistance.RequestEvent;
import org.entente.exercise.InjectDelivered;
import org.entente.forcegeneration.PackageEvent;
import org.entente.mission.MissionEvent;
import org.entente.register.Coded;

/**
 * Which alerts a record event makes (a pure function; what the event does not carry, {@link Facts} tells). Open requests
 * are the organization's ({@code members}); a decision and a mission's steps are public record; a vote needed is the
 * council's, one alert per voting state; a sitrep keeps its own marking; a casualty figure is public as the mission's
 * figures are; an inject arriving in an exercise is the exercise's people's. Steps that alert nobody (a vote cast, a withdrawal
 * of a request, a site's status) make none.
 */
public final class Alerts {

    /** What an alert needs to know that its event does not say. */
    public interface Facts {

        /** The state that filed the request, or null if unknown. */
        String requestingState(String organization, String requestId);

        /** The mission's host state, or null if unknown. */
        String host(String organization, String missionId);

        /** The states contributing to the mission. */
        List<String> contributors(String organization, String missionId);
    }

    private Alerts() {
    }

    public static List<Alert> of(Object event, Facts facts) {
        return switch (event) {
            case RequestEvent.RequestFiled filed -> List.of(request(AlertKind.REQUEST_FILED, filed, ReleaseMarking.MEMBERS, filed.state(),
                    values("state", filed.state(), "threat", filed.threat(), "clause", filed.clause())));
            case RequestEvent.CouncilConvened convened -> convened(convened, facts);
            case RequestEvent.RequestDecided decided -> decided(decided, facts.requestingState(decided.organization(), decided.requestId()));
            case PackageEvent.PackageAccepted accepted -> List.of(new Alert(AlertKind.PACKAGE_ACCEPTED, accepted.organization(),
                    "requests/" + accepted.requestId(), "/organizations/" + accepted.organization() + "/requests/" + accepted.requestId() + "/force-generation",
                    accepted.at(), ReleaseMarking.MEMBERS, accepted.states(), facts.requestingState(accepted.organization(), accepted.requestId()), null,
                    values("request", accepted.requestId(), "units", String.valueOf(accepted.units()), "states", String.join(",", accepted.states()),
                            "acceptedShort", String.valueOf(accepted.acceptedShort()))));
            case MissionEvent.MissionDeployed deployed -> List.of(mission(AlertKind.MISSION_DEPLOYED, deployed, ReleaseMarking.PUBLIC, facts,
                    facts.host(deployed.organization(), deployed.missionId()), Map.of()));
            case MissionEvent.MissionWithdrawn withdrawn -> List.of(mission(AlertKind.MISSION_WITHDRAWN, withdrawn, ReleaseMarking.PUBLIC, facts,
                    facts.host(withdrawn.organization(), withdrawn.missionId()), Map.of()));
            case MissionEvent.ContingentArrived arrived -> List.of(mission(
                    arrived.slipHours() > 0 ? AlertKind.CONTINGENT_LATE : AlertKind.CONTINGENT_ARRIVED, arrived, ReleaseMarking.PUBLIC, facts,
                    arrived.state(), values("state", arrived.state(), "arrivedAt", arrived.arrivedAt(), "slipHours", String.valueOf(arrived.slipHours()))));
            case MissionEvent.SitrepFiled sitrep -> List.of(mission(AlertKind.SITREP_FILED, sitrep, Coded.fromCode(ReleaseMarking.class, sitrep.marking()),
                    facts, sitrep.scope().equals("mission") ? null : sitrep.scope(),
                    values("number", String.valueOf(sitrep.number()), "revision", String.valueOf(sitrep.revision()), "scope", sitrep.scope())));
            case MissionEvent.CasualtyFigureReported figure -> List.of(mission(AlertKind.CASUALTY_FIGURE_REVISED, figure, ReleaseMarking.PUBLIC,
                    facts, null, values("figure", figure.figureId(), "category", figure.category(), "population", figure.population(),
                            "value", figure.value(), "reportedBy", figure.reportedBy(), "supersedes", figure.supersedes())));
            case InjectDelivered inject -> List.of(new Alert(AlertKind.INJECT_ARRIVED, inject.exercise(), "injects/" + inject.injectId(),
                    "/organizations/" + inject.exercise() + "/exercise", inject.at(), ReleaseMarking.MEMBERS, List.of(), null, null,
                    values("inject", inject.injectId(), "kind", inject.kind(), "title", inject.title(), "world", inject.worldAt().toString())));
            default -> List.of();
        };
    }

    private static List<Alert> decided(RequestEvent.RequestDecided decided, String state) {
        return List.of(request(AlertKind.DECISION_TAKEN, decided, ReleaseMarking.PUBLIC, state,
                values("decision", decided.decision(), "clause", decided.clause(), "state", state)));
    }

    private static List<Alert> convened(RequestEvent.CouncilConvened convened, Facts facts) {
        String state = facts.requestingState(convened.organization(), convened.requestId());
        List<Alert> alerts = new ArrayList<>();
        alerts.add(request(AlertKind.COUNCIL_CONVENED, convened, ReleaseMarking.MEMBERS, state,
                values("motion", convened.motion(), "opensAt", convened.opensAt().toString(), "deadline", text(convened.deadline()), "state", state)));
        for (String voter : convened.voters()) {
            alerts.add(request(AlertKind.VOTE_NEEDED, convened, ReleaseMarking.COUNCIL, voter,
                    values("motion", convened.motion(), "opensAt", convened.opensAt().toString(), "deadline", text(convened.deadline()), "voter", voter)));
        }
        return alerts;
    }

    private static Alert request(AlertKind kind, RequestEvent event, ReleaseMarking marking, String state, Map<String, String> data) {
        return new Alert(kind, event.organization(), "requests/" + event.requestId(),
                "/organizations/" + event.organization() + "/requests/" + event.requestId(), event.at(), marking, List.of(), state, null,
                with(data, "request", event.requestId()));
    }

    private static Alert mission(AlertKind kind, MissionEvent event, ReleaseMarking marking, Facts facts, String state, Map<String, String> data) {
        return new Alert(kind, event.organization(), "missions/" + event.missionId(),
                "/organizations/" + event.organization() + "/missions/" + event.missionId(), event.at(), marking,
                facts.contributors(event.organization(), event.missionId()), state, event.missionId(), with(data, "mission", event.missionId()));
    }

    private static Map<String, String> with(Map<String, String> data, String key, String value) {
        Map<String, String> all = new HashMap<>(data);
        all.put(key, value);
        return all;
    }

    /** Keys and values in turn; a null value is left out. */
    private static Map<String, String> values(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                values.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return values;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
