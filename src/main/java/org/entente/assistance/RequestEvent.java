package org.entente.assistance;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a request, as past-tense records published through the event publication registry:
 * a listener in another module receives each once, also across a restart. Codes are as in the API.
 */
public sealed interface RequestEvent {

    String organization();

    String requestId();

    Instant at();

    record RequestFiled(String organization, String requestId, String state, String threat, String clause, boolean onBehalf,
                        String by, Instant at) implements RequestEvent {
    }

    record CouncilConvened(String organization, String requestId, Instant opensAt, Instant deadline, String motion,
                           List<String> voters, String by, Instant at) implements RequestEvent {
    }

    record VoteCast(String organization, String requestId, String state, String vote, boolean changed, String by,
                    Instant at) implements RequestEvent {
    }

    record RequestDecided(String organization, String requestId, String decision, String clause, String reason,
                          long secondsFromFiling, String by, Instant at) implements RequestEvent {
    }

    record RequestWithdrawn(String organization, String requestId, String by, Instant at) implements RequestEvent {
    }

    record RequestClosed(String organization, String requestId, String by, Instant at) implements RequestEvent {
    }
}
