package org.entente.forcegeneration;

import org.entente.forces.GeoPoint;

/**
 * When a unit can be in the theatre, in whole hours from the order to move: its notice to move, its
 * transport's overhead, and the great-circle distance at its transport's speed, rounded up. The one
 * implementation, used by the product and the benchmark alike.
 */
public final class Eta {

    private Eta() {
    }

    /** The arrival in hours; one too late for any requirement ({@link Integer#MAX_VALUE}) where the figures would overflow. */
    public static int arrivalHours(int noticeToMoveHours, TransportProfile transport, double distanceKm) {
        double hours = Math.round(noticeToMoveHours + transport.overheadHours()) + Math.ceil(distanceKm / transport.speedKmh() - 1e-9);
        return hours >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) hours;
    }

    public static int arrivalHours(int noticeToMoveHours, TransportProfile transport, GeoPoint base, GeoPoint theatre) {
        return arrivalHours(noticeToMoveHours, transport, base.distanceKmTo(theatre));
    }
}
