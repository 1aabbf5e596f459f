package org.entente.forces.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.forces.GeoPoint;
import org.entente.forces.Pledge;
import org.entente.map.BaseMap;
import org.entente.map.Extent;
import org.entente.map.Projection;
import org.entente.register.StateCode;

/**
 * The home bases of pledged units on the maps' {@link Projection} (equirectangular, in SVG user units) over the
 * bases' extent (padded, snapped to the graticule, at least 20 degrees each way), on Natural Earth's coastlines and
 * borders ({@link BaseMap#naturalEarth()}), with a graticule of meridians and parallels. One dot per state and base,
 * with the state's code and its units.
 */
record HomeBaseMap(int width, int height, Projection projection, BaseMap.Outlines outlines, List<Base> bases, List<Line> meridians,
        List<Line> parallels) {

    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 520;
    static final int MARGIN = 44;
    static final int PADDING_DEGREES = 5;
    static final int MIN_SPAN_DEGREES = 20;

    /** A state's units at one base: where on the map, and which units. */
    record Base(StateCode state, GeoPoint point, double x, double y, List<Pledge> pledges) {
        int personnel() {
            return pledges.stream().mapToInt(pledge -> pledge.terms().personnel()).sum();
        }
    }

    /** A meridian or parallel: its degree and its line across the plot. */
    record Line(int degrees, double x1, double y1, double x2, double y2) {
    }

    static HomeBaseMap of(List<Pledge> pledges) {
        Map<String, List<Pledge>> grouped = new LinkedHashMap<>();
        pledges.stream()
                .sorted(Comparator.comparing((Pledge pledge) -> pledge.state().value()).thenComparingLong(Pledge::id))
                .forEach(pledge -> grouped.computeIfAbsent(pledge.state() + "@" + pledge.terms().homeBase(), key -> new ArrayList<>()).add(pledge));
        double west = pledges.stream().mapToDouble(pledge -> pledge.terms().homeBase().lon()).min().orElse(0);
        double east = pledges.stream().mapToDouble(pledge -> pledge.terms().homeBase().lon()).max().orElse(0);
        double south = pledges.stream().mapToDouble(pledge -> pledge.terms().homeBase().lat()).min().orElse(0);
        double north = pledges.stream().mapToDouble(pledge -> pledge.terms().homeBase().lat()).max().orElse(0);
        int step = Math.max(east - west, north - south) + 2 * PADDING_DEGREES > 60 ? 10 : 5;
        int[] lon = extent(west, east, step, -180, 180);
        int[] lat = extent(south, north, step, -90, 90);
        var projection = Projection.fitting(new Extent(lon[0], lat[0], lon[1], lat[1]), MAX_WIDTH, MAX_HEIGHT, MARGIN);
        List<Base> bases = grouped.values().stream().map(group -> {
            GeoPoint point = group.getFirst().terms().homeBase();
            return new Base(group.getFirst().state(), point, projection.x(point.lon()), projection.y(point.lat()), List.copyOf(group));
        }).toList();
        var meridians = new ArrayList<Line>();
        for (int degrees = lon[0]; degrees <= lon[1]; degrees += step) {
            meridians.add(new Line(degrees, projection.x(degrees), projection.y(lat[1]), projection.x(degrees), projection.y(lat[0])));
        }
        var parallels = new ArrayList<Line>();
        for (int degrees = lat[0]; degrees <= lat[1]; degrees += step) {
            parallels.add(new Line(degrees, projection.x(lon[0]), projection.y(degrees), projection.x(lon[1]), projection.y(degrees)));
        }
        return new HomeBaseMap(projection.width(), projection.height(), projection, BaseMap.naturalEarth().draw(projection), bases, meridians, parallels);
    }

    /** The span from {@code low} to {@code high}, padded, widened to the minimum span, snapped to {@code step} and kept within the Earth. */
    private static int[] extent(double low, double high, int step, int least, int most) {
        double pad = Math.max(PADDING_DEGREES, (MIN_SPAN_DEGREES - (high - low)) / 2);
        int from = Math.max(least, (int) Math.floor((low - pad) / step) * step);
        int to = Math.min(most, (int) Math.ceil((high + pad) / step) * step);
        return new int[] {from, to};
    }
}
