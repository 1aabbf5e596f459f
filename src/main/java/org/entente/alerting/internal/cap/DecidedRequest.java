package org.entente.alerting.internal.cap;

import java.time.Instant;
import java.util.Objects;
import org.entente.assistance.DecisionKind;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;

/**
 * A council's public decision on a request for assistance, as much of it as an alert tells; {@code clause} is null where neither
 * the decision nor its request names one.
 */
public record DecidedRequest(OrganizationCode organization, String requestId, StateCode state, ThreatCategory threat, DecisionKind decision,
                             Instant decidedAt, String clause) {

    public DecidedRequest {
        Objects.requireNonNull(organization, "organization");
        requestId = CapText.text("request id", requestId);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        clause = clause == null || clause.isBlank() ? null : CapText.text("clause", clause);
    }
}
