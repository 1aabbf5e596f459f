package org.entente.forcegeneration;

import java.util.Objects;
import org.entente.forces.GeoPoint;

/**
 * A state that may contribute: its share of the burden (tau), the personnel that share comes to, the
 * most personnel it will commit (a national cap), and whether it takes no combat tasks.
 */
public record Contributor(String id, double burdenShare, int targetPersonnel, int nationalCapPersonnel, boolean noCombat, GeoPoint capital) {

    public Contributor {
        Objects.requireNonNull(id, "id");
        if (burdenShare < 0 || targetPersonnel < 0 || nationalCapPersonnel < 0) {
            throw new IllegalArgumentException("burden share, target and cap are not negative: " + id);
        }
    }

    /** The national cap's rule: a state committing {@code committed} personnel may commit {@code personnel} more without passing its cap. */
    public boolean admits(long committed, int personnel) {
        return committed + personnel <= nationalCapPersonnel;
    }
}
