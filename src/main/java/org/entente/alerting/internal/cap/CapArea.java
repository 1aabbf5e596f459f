package org.entente.alerting.internal.cap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entente.forces.GeoPoint;

/** Where an alert applies (CAP 1.2, 3.2.4): a described area and its shape, a circle or a polygon in WGS 84. */
public record CapArea(String description, Shape shape) {

    public CapArea {
        description = CapText.text("areaDesc", description);
        Objects.requireNonNull(shape, "shape");
    }

    /** The shape of an area, as CAP writes it. */
    public sealed interface Shape permits Circle, Polygon {

        /** The element's text: {@code lat,lon radius} for a circle, {@code lat,lon lat,lon ...} for a polygon. */
        String text();
    }

    /** A point and a radius in kilometres: {@code 32.9525,-115.5527 0}. */
    public record Circle(GeoPoint centre, double radiusKm) implements Shape {

        public Circle {
            Objects.requireNonNull(centre, "centre");
            if (!Double.isFinite(radiusKm) || radiusKm < 0) {
                throw new IllegalArgumentException("a circle's radius is a distance in kilometres, not " + radiusKm);
            }
        }

        @Override
        public String text() {
            return pair(centre) + " " + number(radiusKm);
        }
    }

    /** Four or more points, the first and the last the same: CAP's closed polygon. */
    public record Polygon(List<GeoPoint> points) implements Shape {

        public Polygon {
            points = List.copyOf(points);
            if (points.size() < 4) {
                throw new IllegalArgumentException("a CAP polygon has at least four points (three corners and the first again), not " + points.size());
            }
            if (!points.getFirst().equals(points.getLast())) {
                throw new IllegalArgumentException("a CAP polygon is closed: its last point is its first");
            }
        }

        @Override
        public String text() {
            return points.stream().map(CapArea::pair).collect(Collectors.joining(" "));
        }
    }

    private static String pair(GeoPoint point) {
        return number(point.lat()) + "," + number(point.lon());
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
