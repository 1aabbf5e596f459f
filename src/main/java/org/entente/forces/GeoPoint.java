package org.entente.forces;

/** A place on the Earth, in degrees. */
public record GeoPoint(double lat, double lon) {

    /** The Earth's mean radius the benchmark uses, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0;
    /** A latitude is from -90 to 90 degrees. */
    public static final int MAX_LATITUDE = 90;
    /** A longitude is from -180 to 180 degrees. */
    public static final int MAX_LONGITUDE = 180;

    public GeoPoint {
        if (!(Math.abs(lat) <= MAX_LATITUDE) || !(Math.abs(lon) <= MAX_LONGITUDE)) {
            throw new IllegalArgumentException("not a place on the Earth: " + lat + ", " + lon);
        }
    }

    /** The great-circle distance to {@code other} (haversine), in kilometres. */
    public double distanceKmTo(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.lon - lon);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
