package org.entente.assistance.internal;

import java.util.List;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RequestState;
import org.entente.assistance.Vote;
import org.entente.command.Refusal;
import org.entente.register.Coded;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;

/** What the API and the pages submit, checked once and in this one place: a bad field is a refusal that names it. */
final class RequestForms {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_STATEMENT = 2000;

    private RequestForms() {
    }

    static AssistanceService.Filing filing(String state, String threat, String clause, String description, List<String> sources,
                                           boolean acknowledgeWarnings) {
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw Refusal.invalid("description", "describe the situation in 1 to " + MAX_DESCRIPTION + " characters");
        }
        if (sources != null && sources.contains(null)) {
            throw Refusal.invalid("sources", "a source is named by its key, never null");
        }
        List<String> refs = sources == null ? List.of() : sources.stream().map(String::strip).filter(source -> !source.isEmpty()).toList();
        if (refs.size() > 20 || refs.stream().anyMatch(source -> source.length() > 500 || source.contains("\n"))) {
            throw Refusal.invalid("sources", "at most 20 sources, each one line of at most 500 characters");
        }
        return new AssistanceService.Filing(state(state), threat(threat),
                clause == null || clause.isBlank() ? null : clause.strip(), description.strip(), refs, acknowledgeWarnings);
    }

    static StateCode state(String state) {
        return StateCode.parse("state", state);
    }

    static ThreatCategory threat(String threat) {
        return Coded.parse(ThreatCategory.class, "threat", threat);
    }

    /** The list's filters, each optional (blank: any; a blank {@code record}: the formal record). */
    static RequestFilter filter(String record, String state, String threat, String decision, String status) {
        return new RequestFilter(blank(record) ? null : Coded.parse(RequestFilter.Records.class, "record", record),
                blank(state) ? null : state(state).value(), blank(threat) ? null : threat(threat),
                blank(decision) ? null : Coded.parse(DecisionKind.class, "decision", decision),
                blank(status) ? null : Coded.parse(RequestState.Status.class, "status", status));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static DecisionKind motion(String motion) {
        DecisionKind kind = Coded.parse(DecisionKind.class, "motion", motion == null ? DecisionKind.DEPLOY_FORCES.code() : motion);
        if (kind != DecisionKind.DEPLOY_FORCES && kind != DecisionKind.NON_MILITARY_ASSISTANCE) {
            throw Refusal.invalid("motion", "the motion before the council is deploy_forces or non_military_assistance");
        }
        return kind;
    }

    static Vote vote(String vote) {
        Vote cast = Coded.parse(Vote.class, "vote", vote);
        if (!cast.cast()) {
            throw Refusal.invalid("vote", "a vote is for, against or abstain");
        }
        return cast;
    }

    static String statement(String statement) {
        if (statement != null && statement.length() > MAX_STATEMENT) {
            throw Refusal.invalid("statement", "a statement is at most " + MAX_STATEMENT + " characters");
        }
        return statement == null || statement.isBlank() ? null : statement.strip();
    }
}
