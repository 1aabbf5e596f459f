package org.entente.assistance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;

/**
 * A request for assistance filed in Entente: who asked (a liaison for their own state, or the
 * secretariat on the state's behalf), when it was received, about what, invoking which clause, with
 * which sources; its history of states, each with who brought it there and when; and its council
 * session once convened.
 */
public record FiledRequest(String id, OrganizationCode organization, StateCode state, Instant receivedAt, ThreatCategory threat,
                           String clause, String description, List<String> sources, String filedBy, boolean onBehalf,
                           boolean warningsAcknowledged, List<RequestState> history, CouncilSession session) {

    public FiledRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "received at");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(filedBy, "filed by");
        sources = List.copyOf(sources);
        history = List.copyOf(history);
        if (history.isEmpty() || !(history.getFirst() instanceof RequestState.Filed)) {
            throw new IllegalArgumentException("a request's history starts with its filing");
        }
    }

    /**
     * What the ids of the requests of {@code state} received in {@code year} begin with; each takes the next number after it. In
     * the real record: {@code KAZ-2026-}, numbered across the real organizations. In an exercise ({@code exercise} its code, null
     * in the real record): {@code CSTO-X1-KAZ-2026-}, numbered within the exercise, so that filing there never takes nor changes
     * an id of the real record, and the real record's filings never change the exercise's numbering.
     */
    public static String idPrefix(OrganizationCode exercise, StateCode state, int year) {
        return (exercise == null ? "" : exercise.value() + "-") + state.value() + "-" + year + "-";
    }

    public RequestState current() {
        return history.getLast();
    }

    public RequestState.Status status() {
        return current().status();
    }

    public boolean open() {
        return current().open();
    }

    public Optional<RequestState.Decided> decision() {
        return history.stream().filter(RequestState.Decided.class::isInstance).map(RequestState.Decided.class::cast).findFirst();
    }

    /** From receipt to decision, once decided. */
    public Optional<Duration> timeToDecision() {
        return decision().map(decided -> Duration.between(receivedAt, decided.step().at()));
    }

    /** The request moved on to {@code next}, with the session as it now stands. */
    public FiledRequest moved(RequestState next, CouncilSession session) {
        var moved = new ArrayList<>(history);
        moved.add(next);
        return new FiledRequest(id, organization, state, receivedAt, threat, clause, description, sources, filedBy, onBehalf,
                warningsAcknowledged, moved, session);
    }

    public FiledRequest withSession(CouncilSession changed) {
        return new FiledRequest(id, organization, state, receivedAt, threat, clause, description, sources, filedBy, onBehalf,
                warningsAcknowledged, history, changed);
    }
}
