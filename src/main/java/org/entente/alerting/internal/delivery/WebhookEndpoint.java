package org.entente.alerting.internal.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.entente.alerting.AlertKind;
import org.entente.alerting.WebhookSecret;

/**
 * Another system's endpoint, registered by an organization's secretariat: where its alerts are posted, the secret they
 * are signed with, the kinds it takes; disabled (with the reason) after repeated failure or by hand.
 */
public record WebhookEndpoint(String id, String organization, URI url, WebhookSecret secret, Set<AlertKind> kinds, String description,
                              boolean enabled, String disabledReason, Instant disabledAt, String createdBy, Instant createdAt) {

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        kinds = Set.copyOf(kinds);
        description = description == null ? "" : description;
    }

    /** Whether the endpoint takes this alert: enabled, of its organization and one of its kinds. */
    public boolean takes(Alert alert) {
        return enabled && organization.equals(alert.organization()) && kinds.contains(alert.kind());
    }
}
