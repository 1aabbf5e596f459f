package org.entente.mission.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.forces.GeoPoint;
import org.entente.map.BaseMap;
import org.entente.map.Frame;
import org.entente.map.Graticule;
import org.entente.map.Projection;
import org.entente.mission.Contingent;
import org.entente.mission.Mission;

/**
 * A mission on the {@link Frame} around its theatre and the home bases of its contingents' units where they are known (the
 * maps' {@link Projection} over the {@link Graticule} around them, on Natural Earth's coastlines and borders, {@link BaseMap#naturalEarth()}):
 * the theatre's point with its area's name, a dot per state and home base, and a line from each base to the theatre.
 * A unit's home base is known only for a unit of the accepted force package whose pledge the reader may read; units as
 * the sources name them have none, and are counted as {@code unplaced}.
 */
record MissionMap(int width, int height, Projection projection, BaseMap.Outlines outlines, Place theatre, List<Base> bases,
                  List<Graticule.Line> meridians, List<Graticule.Line> parallels, int unplaced) {

    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 460;
    static final int MARGIN = 44;

    /** The theatre: its area's name, its point and where it is drawn. */
    record Place(String name, GeoPoint point, double x, double y) {
    }

    /** A state's units at one home base: where on the map, which units, and where the line to the theatre starts. */
    record Base(String state, GeoPoint point, double x, double y, List<String> units) {
    }

    /** The map of {@code mission}, with the home bases known of its package units ({@code homeBases}, by unit id). */
    static MissionMap of(Mission mission, Map<String, GeoPoint> homeBases) {
        GeoPoint theatre = mission.theatre().point();
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        Map<String, GeoPoint> points = new LinkedHashMap<>();
        int unplaced = 0;
        for (Contingent contingent : mission.contingents()) {
            for (Contingent.Unit unit : contingent.units()) {
                GeoPoint base = unit instanceof Contingent.Unit.FromPackage fromPackage ? homeBases.get(fromPackage.unitId()) : null;
                if (base == null) {
                    unplaced++;
                    continue;
                }
                String key = contingent.state().value() + "@" + base.lat() + "," + base.lon();
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(unit.designation());
                points.put(key, base);
            }
        }
        List<GeoPoint> places = new ArrayList<>(points.values());
        places.add(theatre);
        Frame frame = Frame.around(places, GeoPoint::lat, GeoPoint::lon, MAX_WIDTH, MAX_HEIGHT, MARGIN);
        List<Base> bases = grouped.entrySet().stream().map(entry -> {
            GeoPoint point = points.get(entry.getKey());
            return new Base(entry.getKey().substring(0, entry.getKey().indexOf('@')), point, frame.x(point.lon()), frame.y(point.lat()),
                    List.copyOf(entry.getValue()));
        }).toList();
        return new MissionMap(frame.width(), frame.height(), frame.projection(), frame.outlines(),
                new Place(mission.theatre().area(), theatre, frame.x(theatre.lon()), frame.y(theatre.lat())), bases,
                frame.meridians(), frame.parallels(), unplaced);
    }
}
