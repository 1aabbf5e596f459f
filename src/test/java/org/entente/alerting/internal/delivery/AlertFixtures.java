package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;

/** What the alerting tests set up: a subscriber with a mail address, and a mission to hear of. */
final class AlertFixtures {

    private AlertFixtures() {
    }

    /**
     * An account holding {@code grants}, with its mail address and language, subscribed to {@code kinds} of the CSTO's steps by
     * {@code channel} ({@code email}, {@code weekly_digest}, ...); its token.
     */
    static String subscriber(DatabaseTest test, String username, String address, String language, String channel, List<String> kinds,
                             String... grants) {
        return subscriber(test, "CSTO", username, address, language, channel, kinds, grants);
    }

    /** {@link #subscriber(DatabaseTest, String, String, String, String, List, String...)} to the steps of {@code organization}. */
    static String subscriber(DatabaseTest test, String organization, String username, String address, String language, String channel,
                             List<String> kinds, String... grants) {
        CrisisSteps.Client api = CrisisSteps.Client.of(test);
        String token = api.tokenFor(username, grants);
        assertThat(api.putAs(token, "/api/v1/me/alerts/contact", Map.of("email", address, "language", language)).status()).isEqualTo(200);
        DatabaseTest.Answer subscribed = api.postAs(token, "/api/v1/me/alerts/subscriptions",
                Map.of("organization", organization, "kinds", kinds, "channel", channel));
        assertThat(subscribed.status()).as("%s", subscribed.body()).isEqualTo(201);
        return token;
    }

    /**
     * A mission named {@code name} on a new request decided to deploy forces (the request then closed, so that others of the
     * state may be filed), in Batken, its mandate ending on {@code until} (open-ended when null); its id.
     */
    static String mission(DatabaseTest test, String secretariat, String name, LocalDate until) {
        CrisisSteps.Client api = CrisisSteps.Client.of(test);
        String request = CrisisSteps.decidedToDeploy(test, name, secretariat);
        Map<String, Object> body = new HashMap<>(Map.of("request", request, "name", name,
                "mandate", Map.of("text", "Support the host", "tasks", List.of("humanitarian_relief")),
                "theatre", Map.of("area", "Batken Region", "lat", 40.06, "lon", 70.82, "timeZone", "Asia/Bishkek"), "sources", List.of()));
        if (until != null) {
            body.put("until", until.toString());
        }
        DatabaseTest.Answer created = api.postAs(secretariat, "/api/v1/organizations/CSTO/missions", body);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        api.postAs(secretariat, "/api/v1/organizations/CSTO/requests/" + request + "/closure", null);
        return created.body().path("id").asString();
    }
}
