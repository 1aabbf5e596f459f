package org.entente.assistance;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.entente.register.DatePrecision;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;

/**
 * A request for assistance as history recorded it, from a dataset: when it was received (to the precision
 * the sources give), what it was about, the clause it invoked where the sources name one, what the
 * organization did in response, the decision, and the sources. Votes that history did not record are not
 * in {@link Decision#votes()}: they are unknown, never invented. A request outside the organization's formal
 * record (an informal ministerial proposal, say) says why in {@code outsideFormalRecord}: it is kept and shown,
 * marked, but never counted or listed with the formal requests; a formal request has none (null).
 */
public record RecordedRequest(String id, StateCode state, PartialDate received, ThreatCategory threat, String clause,
                              String description, String addressedTo, List<Response> responses, Decision decision,
                              String note, List<String> sources, String outsideFormalRecord) {

    public RecordedRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(description, "description");
        responses = responses == null ? List.of() : List.copyOf(responses);
        sources = List.copyOf(sources);
        if (outsideFormalRecord != null && outsideFormalRecord.isBlank()) {
            throw new IllegalArgumentException("a request outside the formal record says why; a formal one has no reason (null)");
        }
    }

    /** A request of the organization's formal record. */
    public RecordedRequest(String id, StateCode state, PartialDate received, ThreatCategory threat, String clause, String description,
                           String addressedTo, List<Response> responses, Decision decision, String note, List<String> sources) {
        this(id, state, received, threat, clause, description, addressedTo, responses, decision, note, sources, null);
    }

    /** Whether the request is of the organization's formal record, to be counted and listed with the others. */
    public boolean isFormal() {
        return outsideFormalRecord == null;
    }

    /** One thing the organization did in response, on a date. */
    public record Response(PartialDate date, String action) {
        public Response {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * What was decided, when, by which body, on which clause (null where the sources name none), and the
     * votes history recorded, by state.
     */
    public record Decision(DecisionKind kind, PartialDate date, String clause, String body, String summary, Map<StateCode, Vote> votes) {
        public Decision {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(date, "date");
            votes = votes == null ? Map.of() : new TreeMap<>(votes);
            if (votes.containsValue(Vote.NONE)) {
                throw new IllegalArgumentException("a recorded vote is for, against or abstain; an unrecorded one is left out");
            }
        }
    }

    /** Whole days from receipt to decision, where both are known to the day; null otherwise (or while undecided). */
    public Long daysToDecision() {
        if (decision == null || received.precision() != DatePrecision.DAY || decision.date().precision() != DatePrecision.DAY) {
            return null;
        }
        return ChronoUnit.DAYS.between(received.date(), decision.date().date());
    }
}
