package org.entente.assistance.internal;

import java.util.Arrays;
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
    /** The sources a request cites, at most. */
    static final int MAX_SOURCES = 20;
    /** A source's length, at most: a title, an address or a reference on one line. */
    static final int MAX_SOURCE_LENGTH = 500;

    /** The bounds above, as the filing form states them beside its fields before they bite. */
    record Limits(int description, int sources, int sourceLength) {
    }

    static final Limits LIMITS = new Limits(MAX_DESCRIPTION, MAX_SOURCES, MAX_SOURCE_LENGTH);

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
        List<String> given = sources == null ? List.of() : sources.stream().map(String::strip).toList();
        for (int i = 0; i < given.size(); i++) {
            String source = given.get(i);
            if (source.length() > MAX_SOURCE_LENGTH || source.contains("\n")) {
                throw Refusal.invalid("sources[" + i + "]", "source " + (i + 1) + " is " + (source.contains("\n") ? "more than one line"
                        : source.length() + " characters long") + "; a source is one line of at most " + MAX_SOURCE_LENGTH + " characters");
            }
        }
        List<String> refs = given.stream().filter(source -> !source.isEmpty()).toList();
        if (refs.size() > MAX_SOURCES) {
            throw Refusal.invalid("sources", "at most " + MAX_SOURCES + " sources, not " + refs.size());
        }
        return new AssistanceService.Filing(state(state), threat(threat),
                clause == null || clause.isBlank() ? null : clause.strip(), description.strip(), refs, acknowledgeWarnings);
    }

    /** A field of the pages that holds one item per line, as the items ({@code null}: none). */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R", -1));
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
