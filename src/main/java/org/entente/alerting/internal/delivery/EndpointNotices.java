package org.entente.alerting.internal.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.access.People;
import org.entente.access.ReleaseMarking;
import org.entente.access.Role;
import org.entente.alerting.AlertKind;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables a webhook endpoint whose delivery failed for good (every attempt of the retry schedule, or a {@code 410 Gone})
 * and tells the organization's secretariat by mail, without their subscribing: one notice per endpoint and disabling.
 */
@Component
class EndpointNotices {

    private final JdbcEndpoints endpoints;
    private final JdbcDeliveries deliveries;
    private final JdbcSubscriptions subscriptions;
    private final People people;

    EndpointNotices(JdbcEndpoints endpoints, JdbcDeliveries deliveries, JdbcSubscriptions subscriptions, People people) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.people = people;
    }

    @Transactional
    void disable(Delivery delivery, Outcome.Failed failed, int attempts, Instant now) {
        String reason = failed.gone() ? "the endpoint answered 410 Gone to " + delivery.messageId()
                : "every attempt (" + attempts + ") to deliver " + delivery.messageId() + " failed; the last: "
                        + (failed.statusCode() == null ? failed.error() : "HTTP " + failed.statusCode());
        if (!endpoints.disable(delivery.recipient(), reason, now)) {
            return;
        }
        Alert notice = new Alert(AlertKind.ENDPOINT_DISABLED, delivery.organization(), "webhooks/" + delivery.recipient(),
                "/organizations/" + delivery.organization() + "/webhooks", now, ReleaseMarking.COUNCIL, List.of(), null, null,
                Map.of("endpoint", delivery.recipient(), "reason", reason));
        for (String username : people.holding(Role.SECRETARIAT, OrganizationCode.of(delivery.organization()), null)) {
            if (subscriptions.contact(username).isPresent()) {
                deliveries.add(notice, Delivery.Via.EMAIL, username, now);
            }
        }
    }
}
