package org.entente.mission;

import java.time.ZoneId;
import java.util.Objects;
import org.entente.forces.GeoPoint;

/**
 * Where a mission operates: a named area (e.g. "Almaty and Almaty Region"), a point that stands for it on a
 * map, and the time zone in which the mission's days are counted.
 */
public record Theatre(String area, GeoPoint point, ZoneId zone) {

    public Theatre {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(zone, "zone");
        if (area.isBlank()) {
            throw new IllegalArgumentException("a theatre is a named area");
        }
    }
}
