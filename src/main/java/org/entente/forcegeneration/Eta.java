package org.entente.forcegeneration;

import org.entente.forces.GeoPoint;

/**
 * When a unit can be in the theatre, in whole hours from the order to move: its notice to move, its
 * transport's overhead, and the great-circle distance at its transport's speed, rounded up. The one
 * implementation, used by the product and the benchmark alike; {@link Parts} shows the sum's terms.
 */
public final class Eta {

    private Eta() {
    }

    /**
     * An arrival's terms: the unit's notice to move, its transport's overhead (loading, unloading), and the travel (the distance at
     * the transport's speed, in whole hours rounded up); {@link #arrivalHours} sums them.
     */
    public record Parts(int noticeToMoveHours, double overheadHours, long travelHours) {

        public Parts {
            if (noticeToMoveHours < 0 || !(overheadHours >= 0) || travelHours < 0) {
                throw new IllegalArgumentException("an arrival's parts are not negative");
            }
        }

        /** The arrival in hours: notice and overhead rounded to the hour, plus the travel; {@link Integer#MAX_VALUE} where that would overflow. */
        public int arrivalHours() {
            double hours = (double) Math.round(noticeToMoveHours + overheadHours) + travelHours;
            return hours >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) hours;
        }
    }

    /** An arrival's terms for a unit on {@code noticeToMoveHours} moved {@code distanceKm} by {@code transport}. */
    public static Parts parts(int noticeToMoveHours, TransportProfile transport, double distanceKm) {
        double travel = Math.ceil(distanceKm / transport.speedKmh() - 1e-9);
        return new Parts(noticeToMoveHours, transport.overheadHours(), travel >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.max(0, travel));
    }

    /** An arrival's terms for a unit of a problem, by the problem's transport profile for the unit's transport. */
    public static Parts parts(ForceProblem problem, ForceUnit unit) {
        return parts(unit.noticeToMoveHours(), problem.transport().get(unit.transport()), unit.distanceKm());
    }

    /** The arrival in hours; one too late for any requirement ({@link Integer#MAX_VALUE}) where the figures would overflow. */
    public static int arrivalHours(int noticeToMoveHours, TransportProfile transport, double distanceKm) {
        return parts(noticeToMoveHours, transport, distanceKm).arrivalHours();
    }

    public static int arrivalHours(int noticeToMoveHours, TransportProfile transport, GeoPoint base, GeoPoint theatre) {
        return arrivalHours(noticeToMoveHours, transport, base.distanceKmTo(theatre));
    }
}
