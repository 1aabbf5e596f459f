package org.entente.map;

import java.util.Objects;

/**
 * The equirectangular projection (plate carrée) of an extent onto a plot, in SVG user units: longitude to x and
 * latitude to y at one {@code scale} (units a degree), north up, the plot {@code margin} units in from the drawing's
 * edges (room for the graticule's labels). The one projection of Entente's maps: outlines and dots alike.
 */
public record Projection(Extent extent, double scale, int margin) {

    public Projection {
        Objects.requireNonNull(extent, "extent");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("a scale is a positive number of units a degree, not " + scale);
        }
        if (margin < 0) {
            throw new IllegalArgumentException("a margin is not negative: " + margin);
        }
    }

    /** The projection of {@code extent} at the largest scale whose plot fits within {@code maxWidth} by {@code maxHeight}. */
    public static Projection fitting(Extent extent, int maxWidth, int maxHeight, int margin) {
        return new Projection(extent, Math.min(maxWidth / extent.longitudes(), maxHeight / extent.latitudes()), margin);
    }

    public double x(double longitude) {
        return margin + (longitude - extent.west()) * scale;
    }

    public double y(double latitude) {
        return margin + (extent.north() - latitude) * scale;
    }

    /** The plot's width, between its left edge at {@code margin} and its right edge. */
    public double plotWidth() {
        return extent.longitudes() * scale;
    }

    public double plotHeight() {
        return extent.latitudes() * scale;
    }

    /** The drawing's width: the plot and a margin each side, rounded up to a whole unit. */
    public int width() {
        return (int) Math.ceil(x(extent.east()) + margin);
    }

    public int height() {
        return (int) Math.ceil(y(extent.south()) + margin);
    }
}
