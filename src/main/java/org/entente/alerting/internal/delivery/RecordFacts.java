package org.entente.alerting.internal.delivery;

import java.util.List;
import java.util.Optional;
import org.entente.access.Actor;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.FiledRequests;
import org.entente.mission.Contingent;
import org.entente.mission.Mission;
import org.entente.mission.Missions;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** {@link Alerts.Facts} from the requests and missions as they stand now. */
@Component
class RecordFacts implements Alerts.Facts {

    private final FiledRequests requests;
    private final Missions missions;

    RecordFacts(FiledRequests requests, Missions missions) {
        this.requests = requests;
        this.missions = missions;
    }

    @Override
    public String requestingState(String organization, String requestId) {
        return requests.readableBy(OrganizationCode.of(organization), Actor.SYSTEM).stream().filter(request -> request.id().equals(requestId))
                .findFirst().map(FiledRequest::state).map(Object::toString).orElse(null);
    }

    @Override
    public String host(String organization, String missionId) {
        return mission(organization, missionId).map(mission -> mission.host().value()).orElse(null);
    }

    @Override
    public List<String> contributors(String organization, String missionId) {
        return mission(organization, missionId).map(mission -> mission.contingents().stream().map(Contingent::state).map(state -> state.value())
                .distinct().sorted().toList()).orElse(List.of());
    }

    private Optional<Mission> mission(String organization, String missionId) {
        return missions.all(OrganizationCode.of(organization)).stream().filter(mission -> mission.id().equals(missionId)).findFirst();
    }
}
