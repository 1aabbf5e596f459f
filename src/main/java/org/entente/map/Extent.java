package org.entente.map;

/** A box of longitudes and latitudes, in degrees: from {@code west} to {@code east} and from {@code south} to {@code north}. */
public record Extent(double west, double south, double east, double north) {

    public Extent {
        if (!(west >= -180 && west < east && east <= 180)) {
            throw new IllegalArgumentException("not a span of longitudes from west to east: " + west + " to " + east);
        }
        if (!(south >= -90 && south < north && north <= 90)) {
            throw new IllegalArgumentException("not a span of latitudes from south to north: " + south + " to " + north);
        }
    }

    /** The whole Earth. */
    public static Extent world() {
        return new Extent(-180, -90, 180, 90);
    }

    /** Degrees of longitude across. */
    public double longitudes() {
        return east - west;
    }

    /** Degrees of latitude across. */
    public double latitudes() {
        return north - south;
    }
}
