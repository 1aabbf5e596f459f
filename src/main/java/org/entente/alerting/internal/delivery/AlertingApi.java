package org.entente.alerting.internal.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.entente.access.CurrentActor;
import org.entente.alerting.AlertKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One's alert mail and subscriptions; an organization's webhook endpoints and their delivery logs (its secretariat). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Alerting", description = "Subscriptions to the steps of the crisis cycle, and signed webhooks for other systems")
class AlertingApi {

    private final AlertingService service;
    private final CurrentActor actor;

    AlertingApi(AlertingService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    record ContactBody(String email, String language) {
    }

    record SubscriptionBody(String organization, List<String> kinds, String state, String mission, String channel) {
    }

    record EndpointBody(String url, List<String> kinds, String description) {
    }

    record EnabledBody(Boolean enabled) {
    }

    record SubscriptionView(long id, String organization, List<String> kinds, String state, String mission, String channel, Instant createdAt) {

        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.id(), subscription.organization(), codes(subscription.kinds()), subscription.state(),
                    subscription.mission(), subscription.channel().code(), subscription.createdAt());
        }
    }

    record SettingsView(String email, String language, List<SubscriptionView> subscriptions) {
    }

    /** An endpoint as its secretariat reads it, its secret included (the receiver verifies signatures with it). */
    record EndpointView(String id, String organization, String url, String secret, List<String> kinds, String description, boolean enabled,
                        String disabledReason, Instant disabledAt, String createdBy, Instant createdAt) {

        static EndpointView of(WebhookEndpoint endpoint) {
            return new EndpointView(endpoint.id(), endpoint.organization(), endpoint.url().toString(), endpoint.secret().encoded(),
                    codes(endpoint.kinds()), endpoint.description(), endpoint.enabled(), endpoint.disabledReason(), endpoint.disabledAt(),
                    endpoint.createdBy(), endpoint.createdAt());
        }
    }

    record AttemptView(int number, Instant startedAt, String worker, long durationMs, Integer statusCode, String error) {
    }

    record DeliveryView(long id, String messageId, String kind, String type, String subject, Instant occurredAt, String status, int attempts,
                        Instant nextAttemptAt, Instant doneAt, List<AttemptView> log) {

        static DeliveryView of(Delivery delivery, List<Delivery.Attempt> attempts) {
            return new DeliveryView(delivery.id(), delivery.messageId(), delivery.kind().code(), delivery.kind().cloudEventType(),
                    delivery.alert().subject(), delivery.occurredAt(), delivery.status().code(), delivery.attempts(),
                    delivery.status() == Delivery.Status.PENDING ? delivery.nextAttemptAt() : null, delivery.doneAt(),
                    attempts.stream().map(a -> new AttemptView(a.number(), a.startedAt(), a.worker(), a.durationMs(), a.statusCode(), a.error())).toList());
        }
    }

    @GetMapping("/me/alerts")
    @Operation(summary = "One's alert mail address and language, and one's subscriptions")
    SettingsView settings() {
        AlertingService.Settings settings = service.settings(actor.get());
        return new SettingsView(settings.contact() == null ? null : settings.contact().email(),
                settings.contact() == null ? null : settings.contact().language(), settings.subscriptions().stream().map(SubscriptionView::of).toList());
    }

    @PutMapping("/me/alerts/contact")
    @Operation(summary = "Where one's alert mail goes, and its language (en, ru or id)")
    SettingsView contact(@RequestBody ContactBody body) {
        service.contact(actor.get(), body == null ? null : body.email(), body == null ? null : body.language());
        return settings();
    }

    @PostMapping("/me/alerts/subscriptions")
    @Operation(summary = "Subscribe to kinds of step of an organization, optionally narrowed to a state or a mission, by mail or in a digest")
    @ApiResponse(responseCode = "201", description = "Subscribed; its address in Location", useReturnTypeSchema = true)
    ResponseEntity<SubscriptionView> subscribe(@RequestBody SubscriptionBody body) {
        SubscriptionBody given = body == null ? new SubscriptionBody(null, null, null, null, null) : body;
        Subscription subscription = service.subscribe(actor.get(), given.organization(), given.kinds(), given.state(), given.mission(), given.channel());
        return ResponseEntity.created(URI.create("/api/v1/me/alerts/subscriptions/" + subscription.id())).body(SubscriptionView.of(subscription));
    }

    @DeleteMapping("/me/alerts/subscriptions/{id}")
    @Operation(summary = "End one of one's subscriptions")
    @ApiResponse(responseCode = "204", description = "Ended")
    ResponseEntity<Void> unsubscribe(@PathVariable long id) {
        service.unsubscribe(actor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/organizations/{organization}/webhooks")
    @Operation(summary = "The organization's webhook endpoints, with their secrets (secretariat)")
    List<EndpointView> endpoints(@PathVariable String organization) {
        return service.endpoints(actor.get(), organization).stream().map(EndpointView::of).toList();
    }

    @PostMapping("/organizations/{organization}/webhooks")
    @Operation(summary = "Register another system's endpoint for kinds of step: each delivery a signed CloudEvent (Standard Webhooks), "
            + "its ententeexercise attribute true where the organization is an exercise; the answer holds the secret to verify them with")
    @ApiResponse(responseCode = "201", description = "Registered; its address in Location", useReturnTypeSchema = true)
    ResponseEntity<EndpointView> register(@PathVariable String organization, @RequestBody EndpointBody body) {
        EndpointBody given = body == null ? new EndpointBody(null, null, null) : body;
        WebhookEndpoint endpoint = service.register(actor.get(), organization, given.url(), given.kinds(), given.description());
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + endpoint.organization() + "/webhooks/" + endpoint.id()))
                .body(EndpointView.of(endpoint));
    }

    @GetMapping("/organizations/{organization}/webhooks/{endpoint}")
    @Operation(summary = "One webhook endpoint (secretariat)")
    EndpointView endpoint(@PathVariable String organization, @PathVariable String endpoint) {
        return EndpointView.of(service.endpoint(actor.get(), organization, endpoint));
    }

    @PutMapping("/organizations/{organization}/webhooks/{endpoint}/enabled")
    @Operation(summary = "Enable or disable a webhook endpoint by hand ({\"enabled\": true|false})")
    EndpointView enabled(@PathVariable String organization, @PathVariable String endpoint, @RequestBody EnabledBody body) {
        if (body == null || body.enabled() == null) {
            throw org.entente.command.Refusal.invalid("enabled", "say true or false");
        }
        return EndpointView.of(service.enabled(actor.get(), organization, endpoint, body.enabled()));
    }

    @DeleteMapping("/organizations/{organization}/webhooks/{endpoint}")
    @Operation(summary = "Remove a webhook endpoint with its delivery log")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable String organization, @PathVariable String endpoint) {
        service.remove(actor.get(), organization, endpoint);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/organizations/{organization}/webhooks/{endpoint}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first: each delivery's status and every attempt with its answer")
    List<DeliveryView> deliveries(@PathVariable String organization, @PathVariable String endpoint,
                                  @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw org.entente.command.Refusal.invalid("limit", "a limit is 1 to 500, not " + limit);
        }
        return service.log(actor.get(), organization, endpoint, limit).stream().map(l -> DeliveryView.of(l.delivery(), l.attempts())).toList();
    }

    @PostMapping("/organizations/{organization}/webhooks/{endpoint}/deliveries/{delivery}/redelivery")
    @Operation(summary = "Send a delivery again, at once, with the same webhook-id")
    @ApiResponse(responseCode = "202", description = "Due again", useReturnTypeSchema = true)
    ResponseEntity<DeliveryView> redeliver(@PathVariable String organization, @PathVariable String endpoint, @PathVariable long delivery) {
        Delivery due = service.redeliver(actor.get(), organization, endpoint, delivery);
        return ResponseEntity.accepted().body(DeliveryView.of(due, List.of()));
    }

    private static List<String> codes(java.util.Set<AlertKind> kinds) {
        return java.util.EnumSet.copyOf(kinds).stream().map(AlertKind::code).toList();
    }
}
