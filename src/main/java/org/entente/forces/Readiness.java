package org.entente.forces;

import java.util.Optional;
import org.entente.register.Coded;

/**
 * How ready a pledged unit is, on a ladder: {@link #PLEDGED} (the state's word), {@link #VERIFIED} (the
 * secretariat checked it), {@link #RAPID_DEPLOYMENT} (verified and held ready to move at its notice).
 * Two rules move a pledge on it: the secretariat raises it one rung at a time ({@link #mayRiseTo}),
 * and any edit sends it back to the bottom ({@link #afterEdit}), since what was verified is no longer
 * what is pledged.
 */
public enum Readiness implements Coded {
    PLEDGED, VERIFIED, RAPID_DEPLOYMENT;

    /** The rung above this one, if there is one. */
    public Optional<Readiness> above() {
        return switch (this) {
            case PLEDGED -> Optional.of(VERIFIED);
            case VERIFIED -> Optional.of(RAPID_DEPLOYMENT);
            case RAPID_DEPLOYMENT -> Optional.empty();
        };
    }

    /** One rung at a time: a verification raises a pledge to the rung just above, no further and never down. */
    public boolean mayRiseTo(Readiness target) {
        return above().filter(target::equals).isPresent();
    }

    /** An edit changes what was verified: the pledge goes back to the bottom rung, to be verified again. */
    public Readiness afterEdit() {
        return PLEDGED;
    }
}
