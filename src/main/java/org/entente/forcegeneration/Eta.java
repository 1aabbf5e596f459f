package org.entente.forcegeneration;

/**
 * When a unit can be in the theatre, in whole hours from the order to move: its notice to move, its
 * transport's overhead, and the great-circle distance at its transport's speed, rounded up. The one
 * implementation, used by the product and the benchmark alike.
 */
public final class Eta {

    private Eta() {
    }

    public static int arrivalHours(int noticeToMoveHours, TransportProfile transport, double distanceKm) {
        return (int) Math.round(noticeToMoveHours + transport.overheadHours()) + (int) Math.ceil(distanceKm / transport.speedKmh() - 1e-9);
    }

    public static int arrivalHours(int noticeToMoveHours, TransportProfile transport, GeoPoint base, GeoPoint theatre) {
        return arrivalHours(noticeToMoveHours, transport, base.distanceKmTo(theatre));
    }
}
