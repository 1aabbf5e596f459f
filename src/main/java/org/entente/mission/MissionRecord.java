package org.entente.mission;

import java.util.Objects;

/**
 * A mission as the record holds it: the mission itself, the casualty and incident figures reported during it, its sites
 * (with the sources' count of them), and its sitreps, every revision kept.
 */
public record MissionRecord(Mission mission, CasualtyFigures figures, Sites sites, Sitreps sitreps) {

    public MissionRecord {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(sitreps, "sitreps");
        if (!sitreps.missionId().equals(mission.id())) {
            throw new IllegalArgumentException("the sitreps of mission " + sitreps.missionId() + " are not those of " + mission.id());
        }
    }
}
