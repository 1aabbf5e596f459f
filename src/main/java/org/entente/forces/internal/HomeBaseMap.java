package org.entente.forces.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.forces.GeoPoint;
import org.entente.forces.Pledge;
import org.entente.map.BaseMap;
import org.entente.map.Frame;
import org.entente.map.Graticule;
import org.entente.map.Projection;
import org.entente.register.StateCode;

/**
 * The home bases of pledged units on the {@link Frame} around them (the maps' {@link Projection} over the {@link Graticule}
 * around the bases, on Natural Earth's coastlines and borders, {@link BaseMap#naturalEarth()}). One dot per state and base, with the state's code and its
 * units.
 */
record HomeBaseMap(int width, int height, Projection projection, BaseMap.Outlines outlines, List<Base> bases, List<Graticule.Line> meridians,
        List<Graticule.Line> parallels) {

    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 520;
    static final int MARGIN = 44;

    /** A state's units at one base: where on the map, and which units. */
    record Base(StateCode state, GeoPoint point, double x, double y, List<Pledge> pledges) {
        int personnel() {
            return pledges.stream().mapToInt(pledge -> pledge.terms().personnel()).sum();
        }
    }

    static HomeBaseMap of(List<Pledge> pledges) {
        Map<String, List<Pledge>> grouped = new LinkedHashMap<>();
        pledges.stream()
                .sorted(Comparator.comparing((Pledge pledge) -> pledge.state().value()).thenComparingLong(Pledge::id))
                .forEach(pledge -> grouped.computeIfAbsent(pledge.state() + "@" + pledge.terms().homeBase(), key -> new ArrayList<>()).add(pledge));
        Frame frame = Frame.around(pledges, pledge -> pledge.terms().homeBase().lat(), pledge -> pledge.terms().homeBase().lon(), MAX_WIDTH,
                MAX_HEIGHT, MARGIN);
        List<Base> bases = grouped.values().stream().map(group -> {
            GeoPoint point = group.getFirst().terms().homeBase();
            return new Base(group.getFirst().state(), point, frame.x(point.lon()), frame.y(point.lat()), List.copyOf(group));
        }).toList();
        return new HomeBaseMap(frame.width(), frame.height(), frame.projection(), frame.outlines(), bases, frame.meridians(), frame.parallels());
    }
}
