package org.entente.forcegeneration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.forces.GeoPoint;
import org.entente.map.BaseMap;
import org.entente.map.Frame;
import org.entente.map.Graticule;
import org.entente.map.Projection;

/**
 * A force package on the {@link Frame} around its theatre and its units' home bases (the maps' {@link Projection} on Natural
 * Earth's coastlines and borders): the theatre of the statement of requirements, and for each unit of the package a route from
 * its home base to the theatre, with the unit, its state, its requirement and its ETA. A unit whose home base is not known (its
 * pledge no longer valid or sound) has no route and is counted as {@code unplaced}.
 */
record PackageMap(int width, int height, Projection projection, BaseMap.Outlines outlines, Theatre theatre, List<Route> routes,
                  List<Graticule.Line> meridians, List<Graticule.Line> parallels, int unplaced) {

    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 460;
    static final int MARGIN = 44;

    /** The theatre: its point and where it is drawn. */
    record Theatre(GeoPoint point, double x, double y) {
    }

    /** One unit's route: the unit, from its home base ({@code x1}, {@code y1}) to the theatre ({@code x2}, {@code y2}). */
    record Route(String unitId, String designation, String state, String requirementId, int personnel, int etaHours, GeoPoint base,
                 double x1, double y1, double x2, double y2) {
    }

    /** The map of {@code units} sent to {@code theatre}, with the home bases known of them ({@code homeBases}, by unit id). */
    static PackageMap of(GeoPoint theatre, List<JdbcForceGeneration.PackageUnit> units, Map<String, GeoPoint> homeBases) {
        List<GeoPoint> places = new ArrayList<>();
        places.add(theatre);
        units.stream().map(unit -> homeBases.get(unit.unitId())).filter(java.util.Objects::nonNull).forEach(places::add);
        Frame frame = Frame.around(places, GeoPoint::lat, GeoPoint::lon, MAX_WIDTH, MAX_HEIGHT, MARGIN);
        Theatre drawn = new Theatre(theatre, frame.x(theatre.lon()), frame.y(theatre.lat()));
        List<Route> routes = units.stream().filter(unit -> homeBases.containsKey(unit.unitId())).map(unit -> {
            GeoPoint base = homeBases.get(unit.unitId());
            return new Route(unit.unitId(), unit.designation(), unit.state(), unit.requirementId(), unit.personnel(), unit.etaHours(), base,
                    frame.x(base.lon()), frame.y(base.lat()), drawn.x(), drawn.y());
        }).toList();
        return new PackageMap(frame.width(), frame.height(), frame.projection(), frame.outlines(), drawn, routes, frame.meridians(),
                frame.parallels(), units.size() - routes.size());
    }
}
