package org.entente.assistance.internal;

import java.util.List;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.Vote;
import org.entente.register.ThreatCategory;
import org.entente.web.Problems;

/** What the API and the pages submit, checked once: a bad field is a problem that names it. */
final class RequestForms {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_STATEMENT = 2000;

    private RequestForms() {
    }

    static AssistanceService.Filing filing(String state, String threat, String clause, String description, List<String> sources,
                                           boolean acknowledgeWarnings) {
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw Problems.badRequest("description", "describe the situation in 1 to " + MAX_DESCRIPTION + " characters");
        }
        if (sources != null && sources.contains(null)) {
            throw Problems.badRequest("sources", "a source is named by its key, never null");
        }
        List<String> refs = sources == null ? List.of() : sources.stream().map(String::strip).filter(source -> !source.isEmpty()).toList();
        if (refs.size() > 20 || refs.stream().anyMatch(source -> source.length() > 500 || source.contains("\n"))) {
            throw Problems.badRequest("sources", "at most 20 sources, each one line of at most 500 characters");
        }
        return new AssistanceService.Filing(AssistanceApi.stateCode(state), AssistanceApi.code(ThreatCategory.class, "threat", threat),
                clause == null || clause.isBlank() ? null : clause.strip(), description.strip(), refs, acknowledgeWarnings);
    }

    static DecisionKind motion(String motion) {
        DecisionKind kind = AssistanceApi.code(DecisionKind.class, "motion", motion == null ? DecisionKind.DEPLOY_FORCES.code() : motion);
        if (kind != DecisionKind.DEPLOY_FORCES && kind != DecisionKind.NON_MILITARY_ASSISTANCE) {
            throw Problems.badRequest("motion", "the motion before the council is deploy_forces or non_military_assistance");
        }
        return kind;
    }

    static Vote vote(String vote) {
        Vote cast = AssistanceApi.code(Vote.class, "vote", vote);
        if (!cast.cast()) {
            throw Problems.badRequest("vote", "a vote is for, against or abstain");
        }
        return cast;
    }

    static String statement(String statement) {
        if (statement != null && statement.length() > MAX_STATEMENT) {
            throw Problems.badRequest("statement", "a statement is at most " + MAX_STATEMENT + " characters");
        }
        return statement == null || statement.isBlank() ? null : statement.strip();
    }
}
