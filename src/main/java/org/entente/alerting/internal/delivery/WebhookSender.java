package org.entente.alerting.internal.delivery;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.entente.alerting.CloudEvent;
import org.entente.alerting.WebhookSignature;
import org.entente.alerting.internal.AlertExerciseMarks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts a delivery to its endpoint: the alert as a CloudEvent (structured JSON), signed by the Standard Webhooks scheme
 * with the endpoint's secret, the alert's id as {@code webhook-id} on every attempt. A {@code 2xx} answer delivers it;
 * {@code 410 Gone} fails it for good; any other answer, a timeout or a broken connection fails the attempt.
 */
@Component
class WebhookSender implements Outcome.Sender {

    private final JdbcEndpoints endpoints;
    private final WebhookAddresses addresses;
    private final AlertExerciseMarks exercises;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(JdbcEndpoints endpoints, WebhookAddresses addresses, AlertExerciseMarks exercises, Clock clock, @Value("${entente.alerting.webhook-timeout:PT10S}") Duration timeout) {
        this.endpoints = endpoints;
        this.addresses = addresses;
        this.exercises = exercises;
        this.clock = clock;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Delivery.Via via() {
        return Delivery.Via.WEBHOOK;
    }

    @Override
    public Outcome send(Delivery delivery) {
        Optional<WebhookEndpoint> found = endpoints.find(delivery.recipient());
        if (found.isEmpty() || !found.get().enabled()) {
            return new Outcome.Failed(null, "the endpoint is disabled or removed", true);
        }
        WebhookEndpoint endpoint = found.get();
        Optional<String> refused = addresses.refusal(endpoint.url());
        if (refused.isPresent()) {
            return new Outcome.Failed(null, "not sent: " + refused.get(), false);
        }
        String body = event(delivery.alert()).toJson();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", CloudEvent.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        new WebhookSignature(endpoint.secret()).headers(delivery.messageId(), clock.instant(), body).forEach(request::header);
        // The whole exchange within the timeout, the answer's body included (the request's own timeout ends at its headers).
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome.Delivered(status);
            }
            return new Outcome.Failed(status, "HTTP " + status, status == 410);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Outcome.Failed(null, "HttpTimeoutException: timed out, no whole answer within " + timeout.toMillis() + " ms", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome.Failed(null, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), false);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome.Failed(null, "interrupted", false);
        }
    }

    /**
     * The alert as its CloudEvent: its id, source, type and subject, when it happened (UTC), its values, and whether its
     * organization is an exercise ({@code ententeexercise}).
     */
    CloudEvent event(Alert alert) {
        Map<String, Object> data = new LinkedHashMap<>(alert.data());
        return CloudEvent.of(alert.kind(), alert.messageId(), alert.source(), alert.subject(), alert.at().atOffset(ZoneOffset.UTC), data,
                exercises.isExercise(alert.organization()));
    }
}
