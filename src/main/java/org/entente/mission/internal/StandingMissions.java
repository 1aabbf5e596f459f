package org.entente.mission.internal;

import java.util.List;
import org.entente.mission.Mission;
import org.entente.mission.MissionFormat;
import org.entente.mission.MissionRecord;
import org.entente.mission.Missions;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** The stored missions, each folded from its facts as they stand. */
@Component
class StandingMissions implements Missions {

    private final JdbcMissions missions;

    StandingMissions(JdbcMissions missions) {
        this.missions = missions;
    }

    @Override
    public List<Mission> all(OrganizationCode organization) {
        return missions.all(organization, null).stream()
                .flatMap(stored -> MissionFormat.fold(organization, stored.facts()).stream())
                .map(MissionRecord::mission)
                .sorted(java.util.Comparator.comparing(Mission::id))
                .toList();
    }
}
