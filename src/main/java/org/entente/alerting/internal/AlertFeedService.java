package org.entente.alerting.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.entente.access.Actor;
import org.entente.alerting.internal.cap.CapAlert;
import org.entente.alerting.internal.cap.DecidedRequest;
import org.entente.alerting.internal.cap.DecisionAlerts;
import org.entente.alerting.internal.cap.MissionAlerts;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.FiledRequests;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.command.Refusal;
import org.entente.mission.Missions;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * An organization's public council decisions and mission steps as CAP alerts, for its Atom feed and each alert's own address: the
 * decisions of its recorded history (formal requests with a decision) and of the requests filed in Entente that everyone may read
 * (decided or closed), and the public steps of its missions, recorded or run in Entente ({@link MissionAlerts}). A recorded decision
 * dated only to the day (or the month) is sent at that day's (the month's first day's) start in UTC; all times are written in UTC.
 * Every alert speaks English, Russian and Indonesian, in the words of the message files. An exercise's alerts are CAP's
 * {@code Exercise}, each headline and the feed's title after the exercise's mark ({@code [EXERCISE CSTO-X1]}) in its language.
 */
@Service
class AlertFeedService {

    private final Register register;
    private final RecordedRequests recorded;
    private final FiledRequests filed;
    private final Missions missions;
    private final MessageSource messages;
    private final Clock clock;
    private final FeedOrigin origin;
    private final AlertExerciseMarks exercises;

    AlertFeedService(Register register, RecordedRequests recorded, FiledRequests filed, Missions missions, MessageSource messages, Clock clock,
                     FeedOrigin origin, AlertExerciseMarks exercises) {
        this.register = register;
        this.recorded = recorded;
        this.filed = filed;
        this.missions = missions;
        this.messages = messages;
        this.clock = clock;
        this.origin = origin;
        this.exercises = exercises;
    }

    /**
     * The feed of the organization of code {@code organization} (a refusal naming the parameter {@code organization} where it
     * names none), sent by the configured sender and site, or else by {@code host} and under {@code baseUrl}: its newest alerts.
     */
    AlertFeed feed(String organization, String host, URI baseUrl) {
        Instant now = clock.instant();
        Organization org = register.organizationNamed("organization", organization, now);
        String name = origin.sender(host);
        URI address = origin.site(baseUrl);
        List<CapAlert> newest = alerts(org, name, address, now).stream().limit(AlertFeed.LIMIT).toList();
        Instant updated = newest.isEmpty() ? now.truncatedTo(ChronoUnit.SECONDS) : newest.getFirst().sent().toInstant();
        return new AlertFeed(org.code(), exercises.marked(org.code().value(), org.name(), Locale.ENGLISH), name, address, updated, newest);
    }

    /**
     * The one alert of identifier {@code identifier} among the organization's, as the feed would carry it (also one too old to be
     * among its newest); a refusal naming the parameter {@code identifier} where the organization sent none of that identifier.
     */
    CapAlert alert(String organization, String identifier, String host, URI baseUrl) {
        Instant now = clock.instant();
        Organization org = register.organizationNamed("organization", organization, now);
        return alerts(org, origin.sender(host), origin.site(baseUrl), now).stream().filter(alert -> alert.identifier().equals(identifier)).findFirst()
                .orElseThrow(() -> Refusal.notFound("identifier", "no public alert '" + identifier + "' of " + org.code().value()));
    }

    /** Every public alert of the organization, newest first (by identifier within one second). */
    private List<CapAlert> alerts(Organization org, String name, URI address, Instant now) {
        var words = new MessageAlertWords(messages, org);
        DecisionAlerts decisions = new DecisionAlerts(name, address, ZoneOffset.UTC, words);
        MissionAlerts steps = new MissionAlerts(name, address, ZoneOffset.UTC, words);
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
        String code = org.code().value();
        CapAlert.Status status = exercises.isExercise(code) ? CapAlert.Status.EXERCISE : CapAlert.Status.ACTUAL;
        var alerts = new ArrayList<CapAlert>();
        decided.forEach(decision -> alerts.add(decisions.decided(decision, status, List.of())));
        missions.all(org.code()).forEach(mission -> alerts.addAll(steps.steps(mission, status)));
        if (status == CapAlert.Status.EXERCISE) {
            alerts.replaceAll(alert -> alert.headedBy(language -> exercises.mark(code, Locale.of(language)).orElseThrow()));
        }
        alerts.sort(Comparator.comparing((CapAlert alert) -> alert.sent().toInstant()).reversed().thenComparing(CapAlert::identifier));
        return alerts;
    }

    private static String clause(String decided, String requested) {
        if (decided != null && !decided.isBlank()) {
            return decided;
        }
        return requested != null && !requested.isBlank() ? requested : null;
    }
}
