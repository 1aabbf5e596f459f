package org.entente.alerting.internal.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.access.Actor;
import org.entente.access.People;
import org.entente.access.Role;
import org.entente.alerting.AlertKind;
import org.entente.assistance.RequestEvent;
import org.entente.exercise.InjectDelivered;
import org.entente.forcegeneration.PackageEvent;
import org.entente.mission.MissionEvent;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears the record's events (through the event publication registry, which wrote each in the transaction of the change
 * that caused it, and hears it again after a crash) and writes, in one transaction, one delivery per alert and recipient:
 * each subscriber by mail whose subscription matches and who may read the alert, each council representative of a voting
 * state for a vote needed and everyone who takes part in an exercise for an inject arriving there (without subscribing), and
 * each enabled webhook endpoint that takes the kind. Then wakes the worker.
 */
@Component
class AlertOutbox {

    private final Alerts.Facts facts;
    private final JdbcSubscriptions subscriptions;
    private final JdbcEndpoints endpoints;
    private final JdbcDeliveries deliveries;
    private final People people;
    private final DeliveryWorker worker;
    private final Clock clock;
    private final Duration quiet;

    AlertOutbox(Alerts.Facts facts, JdbcSubscriptions subscriptions, JdbcEndpoints endpoints, JdbcDeliveries deliveries, People people,
                DeliveryWorker worker, Clock clock, @Value("${entente.alerting.quiet-period:PT30M}") Duration quiet) {
        this.facts = facts;
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.people = people;
        this.worker = worker;
        this.clock = clock;
        this.quiet = quiet;
    }

    @ApplicationModuleListener
    void on(RequestEvent event) {
        record(event);
    }

    @ApplicationModuleListener
    void on(PackageEvent event) {
        record(event);
    }

    @ApplicationModuleListener
    void on(MissionEvent event) {
        record(event);
    }

    /** An inject arrived in an exercise: its people hear of it whether or not anyone subscribed to anything there. */
    @ApplicationModuleListener
    void on(InjectDelivered event) {
        deliver(Alerts.of(event, facts));
    }

    /** Writes the deliveries of the event's alerts; the number written (none new when the event was heard before). */
    int record(Object event) {
        String organization = switch (event) {
            case RequestEvent request -> request.organization();
            case MissionEvent mission -> mission.organization();
            case PackageEvent forcePackage -> forcePackage.organization();
            default -> null;
        };
        // Where nobody could hear of it, the event's facts (the request's state, the mission's contributors) are not even read.
        return organization == null || !subscriptions.anyoneListensTo(organization) ? 0 : deliver(Alerts.of(event, facts));
    }

    /**
     * Writes one delivery per alert and recipient (by mail, by webhook), none twice, and wakes the worker once they are
     * committed; the number written now.
     */
    int deliver(List<Alert> alerts) {
        int written = 0;
        Map<Alert, List<String>> mailed = new LinkedHashMap<>();
        alerts.forEach(alert -> mailed.put(alert, mailRecipients(alert)));
        // Amendments lock their recipients' contacts (JdbcDeliveries.amend): all of them first, in one order, so that two events
        // amending for the same people never wait for each other in a circle.
        deliveries.lockForAmending(mailed.entrySet().stream().filter(entry -> entry.getKey().amends()).flatMap(entry -> entry.getValue().stream())
                .distinct().sorted().toList());
        for (Alert alert : alerts) {
            for (String username : mailed.get(alert)) {
                boolean added = alert.amends() ? deliveries.amend(alert, Delivery.Via.EMAIL, username, quiet, clock.instant())
                        : deliveries.add(alert, Delivery.Via.EMAIL, username, clock.instant());
                written += added ? 1 : 0;
            }
            for (String username : digestRecipients(alert)) {
                written += deliveries.hold(alert, username, clock.instant()) ? 1 : 0;
            }
            for (WebhookEndpoint endpoint : endpoints.in(alert.organization())) {
                if (endpoint.takes(alert)) {
                    written += deliveries.add(alert, Delivery.Via.WEBHOOK, endpoint.id(), clock.instant()) ? 1 : 0;
                }
            }
        }
        if (written > 0) {
            worker.wakeAfterCommit();
        }
        return written;
    }

    /**
     * Who is mailed the alert at once: the council representatives of the voting state for a vote needed, everyone holding a
     * role in the exercise for an inject arriving there, and every
     * subscriber by mail whose subscription matches; each only if they may read it and have a mail address.
     */
    List<String> mailRecipients(Alert alert) {
        Set<String> usernames = new LinkedHashSet<>();
        if (alert.kind() == AlertKind.VOTE_NEEDED && alert.state() != null) {
            usernames.addAll(people.holding(Role.COUNCIL_REPRESENTATIVE, OrganizationCode.of(alert.organization()), StateCode.of(alert.state())));
        }
        if (alert.kind() == AlertKind.INJECT_ARRIVED) {
            for (Role role : Role.values()) {
                usernames.addAll(people.holding(role, OrganizationCode.of(alert.organization()), null));
            }
        }
        subscriptions.in(alert.organization(), Subscription.Channel.EMAIL).stream().filter(subscription -> subscription.matches(alert))
                .map(Subscription::username).forEach(usernames::add);
        return usernames.stream().filter(username -> mayRead(username, alert)).filter(username -> subscriptions.contact(username).isPresent()).toList();
    }

    /** Who gets the alert in their daily digest: each subscriber of a daily digest whose subscription matches, who may read it and has a mail address. */
    List<String> digestRecipients(Alert alert) {
        return subscriptions.in(alert.organization(), Subscription.Channel.DAILY_DIGEST).stream().filter(subscription -> subscription.matches(alert))
                .map(Subscription::username).distinct().filter(username -> mayRead(username, alert))
                .filter(username -> subscriptions.contact(username).isPresent()).toList();
    }

    private boolean mayRead(String username, Alert alert) {
        Set<StateCode> contributors = new LinkedHashSet<>(alert.contributors().stream().map(StateCode::of).toList());
        return people.actor(username).filter(Actor.Person.class::isInstance)
                .filter(actor -> alert.marking().readableBy(actor, OrganizationCode.of(alert.organization()), contributors)).isPresent();
    }
}
