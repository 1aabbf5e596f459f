package org.entente.mission;

import java.util.Objects;

/** A mission as the record holds it: the mission itself and the casualty and incident figures reported during it. */
public record MissionRecord(Mission mission, CasualtyFigures figures) {

    public MissionRecord {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(figures, "figures");
    }
}
