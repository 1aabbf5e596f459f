package org.entente.forcegeneration;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a decision's force package, as past-tense records published through the event publication registry: a
 * listener in another module (alerting) receives each once, also across a restart.
 */
public sealed interface PackageEvent {

    String organization();

    String requestId();

    Instant at();

    /**
     * The secretariat accepted a planner's plan as the request's force package: how many units, from which states (in code
     * order), and whether it was accepted leaving some requirement short.
     */
    record PackageAccepted(String organization, String requestId, int units, List<String> states, boolean acceptedShort, String by, Instant at)
            implements PackageEvent {

        public PackageAccepted {
            states = List.copyOf(states);
        }
    }
}
