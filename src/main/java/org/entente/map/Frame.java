package org.entente.map;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * What every map draws under its own marks: the {@link Graticule} around the places it shows, the {@link Projection}
 * fitting it into the page's box, Natural Earth's land and borders drawn for that projection ({@link BaseMap#naturalEarth()}),
 * and the meridians and parallels across the plot. The forces' map of home bases, the mission's map and the force package's
 * map frame their places with it, and the page draws it with the fragment {@code map-fragments :: baseMap}.
 */
public record Frame(int width, int height, Projection projection, BaseMap.Outlines outlines, List<Graticule.Line> meridians,
                    List<Graticule.Line> parallels) {

    public Frame {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(outlines, "outlines");
        meridians = List.copyOf(meridians);
        parallels = List.copyOf(parallels);
    }

    /**
     * The frame around {@code places} (their latitudes and longitudes in degrees, read by {@code latitude} and {@code longitude};
     * no place frames the point 0, 0) on a drawing of at most {@code maxWidth} by {@code maxHeight} units, the plot {@code margin}
     * units in from its edges.
     */
    public static <T> Frame around(Collection<T> places, ToDoubleFunction<T> latitude, ToDoubleFunction<T> longitude, int maxWidth,
                                   int maxHeight, int margin) {
        double west = places.stream().mapToDouble(longitude).min().orElse(0);
        double east = places.stream().mapToDouble(longitude).max().orElse(0);
        double south = places.stream().mapToDouble(latitude).min().orElse(0);
        double north = places.stream().mapToDouble(latitude).max().orElse(0);
        Graticule graticule = Graticule.around(west, south, east, north);
        Projection projection = Projection.fitting(graticule.extent(), maxWidth, maxHeight, margin);
        return new Frame(projection.width(), projection.height(), projection, BaseMap.naturalEarth().draw(projection), graticule.meridians(projection),
                graticule.parallels(projection));
    }

    /** How far across a place at {@code longitude} is drawn. */
    public double x(double longitude) {
        return projection.x(longitude);
    }

    /** How far down a place at {@code latitude} is drawn. */
    public double y(double latitude) {
        return projection.y(latitude);
    }
}
