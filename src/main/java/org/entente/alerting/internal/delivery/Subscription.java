package org.entente.alerting.internal.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.entente.alerting.AlertKind;
import org.entente.register.Coded;

/**
 * What a person asked to hear of: kinds of step in an organization, optionally narrowed to a state (the alerts about that
 * state: its requests, its contingents, its sitreps) or a mission, by a channel. Whether they may read an alert is asked
 * when it is sent, not here.
 */
public record Subscription(long id, String username, String organization, Set<AlertKind> kinds, String state, String mission, Channel channel,
                           Instant createdAt) {

    /** How the alerts reach the subscriber: a mail each, or gathered in a daily or a weekly digest. */
    public enum Channel implements Coded {
        EMAIL, DAILY_DIGEST, WEEKLY_DIGEST
    }

    public Subscription {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(channel, "channel");
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a subscription names at least one kind of step");
        }
        kinds = Set.copyOf(kinds);
    }

    /** Whether the alert is one this subscription asked for (its organization, one of its kinds, its state and mission if narrowed). */
    public boolean matches(Alert alert) {
        return organization.equals(alert.organization()) && kinds.contains(alert.kind())
                && (state == null || state.equals(alert.state()))
                && (mission == null || mission.equals(alert.mission()));
    }
}
