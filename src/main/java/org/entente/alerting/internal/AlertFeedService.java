package org.entente.alerting.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.access.Actor;
import org.entente.alerting.internal.cap.CapAlert;
import org.entente.alerting.internal.cap.DecidedRequest;
import org.entente.alerting.internal.cap.DecisionAlerts;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.FiledRequests;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.springframework.stereotype.Service;

/**
 * An organization's public council decisions as CAP alerts, for its Atom feed: the decisions of its recorded history (formal
 * requests with a decision) and of the requests filed in Entente that everyone may read (decided or closed). A recorded decision
 * dated only to the day (or the month) is sent at that day's (the month's first day's) start in UTC; all times are written in UTC.
 */
@Service
class AlertFeedService {

    /** What a decision's alert says when neither the decision nor its request names a clause. */
    static final String NO_CLAUSE = "no clause named by the sources";

    private final Register register;
    private final RecordedRequests recorded;
    private final FiledRequests filed;
    private final Clock clock;
    private final FeedOrigin origin;

    AlertFeedService(Register register, RecordedRequests recorded, FiledRequests filed, Clock clock, FeedOrigin origin) {
        this.register = register;
        this.recorded = recorded;
        this.filed = filed;
        this.clock = clock;
        this.origin = origin;
    }

    /**
     * The feed of the organization of code {@code organization} (a refusal naming the parameter {@code organization} where it
     * names none), sent by the configured sender and site, or else by {@code host} and under {@code baseUrl}.
     */
    AlertFeed feed(String organization, String host, URI baseUrl) {
        Instant now = clock.instant();
        Organization org = register.organizationNamed("organization", organization, now);
        String name = origin.sender(host);
        URI address = origin.site(baseUrl);
        DecisionAlerts alerts = new DecisionAlerts(name, address, ZoneOffset.UTC);
        var decided = new ArrayList<DecidedRequest>();
        for (RecordedRequest request : recorded.all(org.code(), now)) {
            if (request.isFormal() && request.decision() != null) {
                RecordedRequest.Decision decision = request.decision();
                decided.add(new DecidedRequest(org.code(), request.id(), request.state(), request.threat(), decision.kind(),
                        decision.date().date().atStartOfDay(ZoneOffset.UTC).toInstant(), clause(decision.clause(), request.clause())));
            }
        }
        for (FiledRequest request : filed.readableBy(org.code(), Actor.ANONYMOUS)) {
            request.decision().ifPresent(decision -> decided.add(new DecidedRequest(org.code(), request.id(), request.state(), request.threat(),
                    decision.decision(), decision.step().at(), clause(decision.clause(), request.clause()))));
        }
        List<CapAlert> newest = decided.stream()
                .map(decision -> alerts.decided(decision, CapAlert.Status.ACTUAL, List.of()))
                .sorted(Comparator.comparing((CapAlert alert) -> alert.sent().toInstant()).reversed().thenComparing(CapAlert::identifier))
                .limit(AlertFeed.LIMIT)
                .toList();
        Instant updated = newest.isEmpty() ? now.truncatedTo(ChronoUnit.SECONDS) : newest.getFirst().sent().toInstant();
        return new AlertFeed(org.code(), org.name(), name, address, updated, newest);
    }

    private static String clause(String decided, String requested) {
        if (decided != null && !decided.isBlank()) {
            return decided;
        }
        return requested != null && !requested.isBlank() ? requested : NO_CLAUSE;
    }
}
