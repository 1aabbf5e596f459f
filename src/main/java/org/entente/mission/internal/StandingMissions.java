package org.entente.mission.internal;

import java.util.Comparator;
import java.util.List;
import org.entente.access.Actor;
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
        return records(organization).stream().map(MissionRecord::mission).toList();
    }

    @Override
    public List<Readable> readableBy(OrganizationCode organization, Actor reader) {
        return records(organization).stream()
                .map(record -> new Readable(record.mission(), record.figures(), record.sitreps().current().stream()
                        .filter(sitrep -> MissionService.mayReadMarked(sitrep.marking(), reader, record.mission()))
                        .toList()))
                .toList();
    }

    private List<MissionRecord> records(OrganizationCode organization) {
        return missions.all(organization, null).stream()
                .flatMap(stored -> MissionFormat.fold(organization, stored.facts()).stream())
                .sorted(Comparator.comparing((MissionRecord record) -> record.mission().id()))
                .toList();
    }
}
