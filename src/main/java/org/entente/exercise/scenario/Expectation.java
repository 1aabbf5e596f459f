package org.entente.exercise.scenario;

import java.time.Duration;
import java.util.Objects;
import org.entente.register.Coded;

/**
 * What the participants are expected to do after an inject arrives, and within how long on the exercise's clock (world time,
 * from the inject's arrival): the after-action report says which injects went unanswered and by how much others were late.
 */
public record Expectation(Action action, Duration within) {

    /** The step of the crisis cycle that answers an inject. */
    public enum Action implements Coded {
        REQUEST_FILED, DECISION, PACKAGE_ACCEPTED, MISSION_RECORDED, SITREP_FILED, REPLANNED, NONE
    }

    public Expectation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("an expectation gives a positive time to answer within, not " + within);
        }
    }
}
