package org.entente.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Meridians and parallels every {@code step} degrees over an extent whose edges lie on them. {@link #around} frames
 * the places a map shows, so that every map frames them alike.
 */
public record Graticule(Extent extent, int step) {

    /** Degrees left around the places at least. */
    public static final int PADDING_DEGREES = 5;
    /** Degrees each way a framed extent spans at least. */
    public static final int MIN_SPAN_DEGREES = 20;
    /** Beyond this span (degrees, padding included) the lines are 10 degrees apart, not 5. */
    public static final int FINE_SPAN_DEGREES = 60;

    /** A meridian or parallel: its degrees and its line across the plot. */
    public record Line(int degrees, double x1, double y1, double x2, double y2) {
    }

    public Graticule {
        Objects.requireNonNull(extent, "extent");
        if (step <= 0) {
            throw new IllegalArgumentException("a graticule's step is a positive number of degrees, not " + step);
        }
        for (double edge : new double[] {extent.west(), extent.south(), extent.east(), extent.north()}) {
            if (edge % step != 0) {
                throw new IllegalArgumentException("an extent's edges lie on a graticule of " + step + " degrees, not " + extent);
            }
        }
    }

    /**
     * The graticule framing places from {@code west} to {@code east} and {@code south} to {@code north} (degrees; one
     * place is all four): lines every 5 degrees, or 10 when the places and their padding span more than 60; the extent
     * padded by {@value #PADDING_DEGREES} degrees, widened to {@value #MIN_SPAN_DEGREES} degrees each way at least,
     * snapped outwards to the lines and kept within the Earth.
     */
    public static Graticule around(double west, double south, double east, double north) {
        int step = Math.max(east - west, north - south) + 2 * PADDING_DEGREES > FINE_SPAN_DEGREES ? 10 : 5;
        int[] longitudes = span(west, east, step, -180, 180);
        int[] latitudes = span(south, north, step, -90, 90);
        return new Graticule(new Extent(longitudes[0], latitudes[0], longitudes[1], latitudes[1]), step);
    }

    /** The meridians from the west edge to the east edge, each from the north edge to the south edge of the projection's plot. */
    public List<Line> meridians(Projection projection) {
        List<Line> meridians = new ArrayList<>();
        for (int degrees = (int) extent.west(); degrees <= extent.east(); degrees += step) {
            meridians.add(new Line(degrees, projection.x(degrees), projection.y(extent.north()), projection.x(degrees), projection.y(extent.south())));
        }
        return List.copyOf(meridians);
    }

    /** The parallels from the south edge to the north edge, each from the west edge to the east edge of the projection's plot. */
    public List<Line> parallels(Projection projection) {
        List<Line> parallels = new ArrayList<>();
        for (int degrees = (int) extent.south(); degrees <= extent.north(); degrees += step) {
            parallels.add(new Line(degrees, projection.x(extent.west()), projection.y(degrees), projection.x(extent.east()), projection.y(degrees)));
        }
        return List.copyOf(parallels);
    }

    /** The span from {@code low} to {@code high}, padded, widened to the minimum span, snapped to {@code step} and kept from {@code least} to {@code most}. */
    private static int[] span(double low, double high, int step, int least, int most) {
        double pad = Math.max(PADDING_DEGREES, (MIN_SPAN_DEGREES - (high - low)) / 2);
        int from = Math.max(least, (int) Math.floor((low - pad) / step) * step);
        int to = Math.min(most, (int) Math.ceil((high + pad) / step) * step);
        return new int[] {from, to};
    }
}
