package org.entente.mission;

import java.util.List;
import java.util.Objects;

/**
 * A mission as the record holds it: the mission itself, the casualty and incident figures reported during it, its sites
 * (with the sources' count of them), its sitreps, every revision kept, and the equipment its sources say it took, by name.
 */
public record MissionRecord(Mission mission, CasualtyFigures figures, Sites sites, Sitreps sitreps, List<EquipmentClaim> equipmentClaims) {

    public MissionRecord {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(sitreps, "sitreps");
        equipmentClaims = List.copyOf(equipmentClaims);
        if (!sitreps.missionId().equals(mission.id())) {
            throw new IllegalArgumentException("the sitreps of mission " + sitreps.missionId() + " are not those of " + mission.id());
        }
    }
}
