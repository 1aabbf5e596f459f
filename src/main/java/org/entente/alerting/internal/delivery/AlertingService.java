package org.entente.alerting.internal.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.alerting.AlertKind;
import org.entente.alerting.WebhookSecret;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.command.Refusal;
import org.entente.register.Coded;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people ask of alerting: their mail contact and subscriptions (their own, signed in), and an organization's webhook
 * endpoints with their delivery logs (its secretariat). Refuses bad input naming the field; never speaks HTTP.
 */
@Service
public class AlertingService {

    /** The most subscriptions one person keeps. */
    public static final int MAX_SUBSCRIPTIONS = 100;

    /** The most endpoints an organization registers. */
    public static final int MAX_ENDPOINTS = 50;

    private final JdbcSubscriptions subscriptions;
    private final JdbcEndpoints endpoints;
    private final JdbcDeliveries deliveries;
    private final DeliveryWorker worker;
    private final Register register;
    private final AuditTrail audit;
    private final Clock clock;
    private final WebhookAddresses addresses;
    private final SecureRandom random = new SecureRandom();

    AlertingService(JdbcSubscriptions subscriptions, JdbcEndpoints endpoints, JdbcDeliveries deliveries, DeliveryWorker worker, Register register,
                    AuditTrail audit, Clock clock, WebhookAddresses addresses) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.worker = worker;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
        this.addresses = addresses;
    }

    /** A person's alerting settings: where mail goes (none yet: null) and what they subscribed to. */
    public record Settings(Contact contact, List<Subscription> subscriptions) {
    }

    public Settings settings(Actor actor) {
        String username = person(actor);
        return new Settings(subscriptions.contact(username).orElse(null), subscriptions.of(username));
    }

    @Transactional
    public Contact contact(Actor actor, String email, String language) {
        String username = person(actor);
        String address = email == null ? null : email.strip();
        if (!Contact.isAddress(address)) {
            throw Refusal.invalid("email", "'" + email + "' is not a mail address (name@example.org)");
        }
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!Contact.LANGUAGES.contains(lang)) {
            throw Refusal.invalid("language", "'" + language + "' is not one of en, ru, id");
        }
        Contact contact = new Contact(username, address, lang);
        subscriptions.save(contact, clock.instant());
        return contact;
    }

    @Transactional
    public Subscription subscribe(Actor actor, String organization, List<String> kinds, String state, String mission, String channel) {
        String username = person(actor);
        Organization org = register.organizationNamed("organization", organization, clock.instant());
        Set<AlertKind> chosen = kinds("kinds", kinds);
        String stateCode = null;
        if (state != null && !state.isBlank()) {
            if (!StateCode.isValid(state.strip().toUpperCase(Locale.ROOT))) {
                throw Refusal.invalid("state", "'" + state + "' is not a state code (three letters, ISO 3166-1 alpha-3)");
            }
            stateCode = state.strip().toUpperCase(Locale.ROOT);
        }
        String missionId = mission == null || mission.isBlank() ? null : mission.strip();
        if (missionId != null && missionId.length() > 100) {
            throw Refusal.invalid("mission", "a mission id is at most 100 characters");
        }
        Subscription.Channel via = channel == null || channel.isBlank() ? Subscription.Channel.EMAIL
                : Coded.parse(Subscription.Channel.class, "channel", channel.strip());
        if (subscriptions.of(username).size() >= MAX_SUBSCRIPTIONS) {
            throw Refusal.outOfBounds("kinds", "at most " + MAX_SUBSCRIPTIONS + " subscriptions per person");
        }
        return subscriptions.add(username, org.code().value(), chosen, stateCode, missionId, via, clock.instant());
    }

    @Transactional
    public void unsubscribe(Actor actor, long id) {
        if (!subscriptions.remove(person(actor), id)) {
            throw Refusal.notFound("id", "you have no subscription " + id);
        }
    }

    /** A new endpoint with its secret (shown to the secretariat, who gives it to the receiver). */
    @Transactional
    public WebhookEndpoint register(Actor actor, String organization, String url, List<String> kinds, String description) {
        Organization org = secretariat(actor, organization);
        URI address = url(url);
        addresses.refusal(address).ifPresent(reason -> {
            throw Refusal.invalid("url", "webhooks go to the public internet only: " + reason);
        });
        Set<AlertKind> chosen = kinds("kinds", kinds);
        String text = description == null ? "" : description.strip();
        if (text.length() > 300) {
            throw Refusal.invalid("description", "at most 300 characters");
        }
        if (endpoints.in(org.code().value()).size() >= MAX_ENDPOINTS) {
            throw Refusal.outOfBounds("url", "at most " + MAX_ENDPOINTS + " endpoints per organization");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint("ep_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), org.code().value(),
                address, WebhookSecret.generate(random), chosen, text, true, null, null, actor.name(), clock.instant());
        endpoints.add(endpoint);
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(org.code()), org.code().value(), "webhook.register", "webhook:" + endpoint.id(),
                null, null, "url: " + address + "; kinds: " + JdbcSubscriptions.codes(chosen)));
        return endpoint;
    }

    public List<WebhookEndpoint> endpoints(Actor actor, String organization) {
        return endpoints.in(secretariat(actor, organization).code().value());
    }

    public WebhookEndpoint endpoint(Actor actor, String organization, String id) {
        return kept(actor, organization, id).endpoint();
    }

    /** An endpoint and the organization whose secretariat {@code actor} is, as a command on it needs both. */
    private record Kept(Organization organization, WebhookEndpoint endpoint) {
    }

    private Kept kept(Actor actor, String organization, String id) {
        Organization org = secretariat(actor, organization);
        return new Kept(org, endpoints.find(id).filter(endpoint -> endpoint.organization().equals(org.code().value()))
                .orElseThrow(() -> Refusal.notFound("endpoint", "no webhook endpoint " + id + " of " + org.code())));
    }

    /** The endpoint's deliveries, newest first, at most {@code limit}, each with its attempts. */
    public List<Logged> log(Actor actor, String organization, String id, int limit) {
        WebhookEndpoint endpoint = endpoint(actor, organization, id);
        return deliveries.of(Delivery.Via.WEBHOOK, endpoint.id(), limit).stream()
                .map(delivery -> new Logged(delivery, deliveries.attempts(delivery.id()))).toList();
    }

    /** A delivery with its attempts. */
    public record Logged(Delivery delivery, List<Delivery.Attempt> attempts) {
    }

    @Transactional
    public Delivery redeliver(Actor actor, String organization, String id, long deliveryId) {
        Kept kept = kept(actor, organization, id);
        WebhookEndpoint endpoint = kept.endpoint();
        Delivery delivery = deliveries.find(deliveryId).filter(found -> found.via() == Delivery.Via.WEBHOOK && found.recipient().equals(endpoint.id()))
                .orElseThrow(() -> Refusal.notFound("delivery", "no delivery " + deliveryId + " to endpoint " + endpoint.id()));
        if (!endpoint.enabled()) {
            throw Refusal.conflict("the endpoint is disabled: enable it first", List.of(new Refusal.FieldError("endpoint", "disabled")));
        }
        deliveries.redeliver(delivery.id(), clock.instant());
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(kept.organization().code()), delivery.organization(), "webhook.redeliver", "webhook:" + endpoint.id(), null, null, "delivery: " + delivery.messageId()));
        worker.wakeAfterCommit();
        return deliveries.find(delivery.id()).orElseThrow();
    }

    /** Enables or disables the endpoint by hand. */
    @Transactional
    public WebhookEndpoint enabled(Actor actor, String organization, String id, boolean enabled) {
        Kept kept = kept(actor, organization, id);
        WebhookEndpoint endpoint = kept.endpoint();
        boolean changed = enabled ? endpoints.enable(endpoint.id()) : endpoints.disable(endpoint.id(), "disabled by " + actor.name(), clock.instant());
        if (changed) {
            audit.append(new AuditRecord(actor.name(), actor.rolesIn(kept.organization().code()), endpoint.organization(), enabled ? "webhook.enable" : "webhook.disable", "webhook:" + endpoint.id(), null, null, ""));
        }
        return endpoints.find(endpoint.id()).orElseThrow();
    }

    @Transactional
    public void remove(Actor actor, String organization, String id) {
        Kept kept = kept(actor, organization, id);
        WebhookEndpoint endpoint = kept.endpoint();
        endpoints.remove(endpoint.id());
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(kept.organization().code()), endpoint.organization(), "webhook.remove", "webhook:" + endpoint.id(), null, null, "url: " + endpoint.url()));
    }

    private Organization secretariat(Actor actor, String organization) {
        Organization org = register.organizationNamed("organization", organization, clock.instant());
        if (!actor.holds(Role.SECRETARIAT, org.code(), null)) {
            throw Refusal.forbidden("webhook endpoints are kept by the secretariat of " + org.code(), List.of());
        }
        return org;
    }

    private static String person(Actor actor) {
        if (!(actor instanceof Actor.Person person)) {
            throw Refusal.forbidden("sign in to keep subscriptions", List.of());
        }
        return person.name();
    }

    private static URI url(String url) {
        String text = url == null ? "" : url.strip();
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null || text.length() > 2000) {
                throw Refusal.invalid("url", "'" + url + "' is not an http or https address (https://receiver.example.org/hooks)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw Refusal.invalid("url", "'" + url + "' is not an address: " + e.getReason());
        }
    }

    private static Set<AlertKind> kinds(String field, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw Refusal.invalid(field, "name at least one kind of step");
        }
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        for (String code : codes) {
            AlertKind kind = java.util.Arrays.stream(AlertKind.values()).filter(candidate -> candidate.code().equals(code == null ? "" : code.strip()))
                    .filter(AlertKind::subscribable).findFirst()
                    .orElseThrow(() -> Refusal.invalid(field, "'" + code + "' is not a kind of step: "
                            + java.util.Arrays.stream(AlertKind.values()).filter(AlertKind::subscribable).map(AlertKind::code)
                            .reduce((a, b) -> a + ", " + b).orElseThrow()));
            kinds.add(kind);
        }
        return kinds;
    }
}
