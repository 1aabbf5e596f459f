package org.entente.assistance.internal;

import java.util.List;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RequestState;
import org.entente.assistance.internal.RequestViews.Summary;
import org.entente.register.ThreatCategory;

/** The list's filters, each optional; {@link RequestForms#filter} reads them from the submitted parameters. */
record RequestFilter(String state, ThreatCategory threat, DecisionKind decision, RequestState.Status status) {

    List<Summary> apply(List<Summary> all) {
        return all.stream()
                .filter(request -> state == null || state.equals(request.state()))
                .filter(request -> threat == null || threat.code().equals(request.threat()))
                .filter(request -> decision == null || request.decision() != null && decision.code().equals(request.decision().kind()))
                .filter(request -> status == null || status.code().equals(request.status()))
                .toList();
    }

    boolean any() {
        return state != null || threat != null || decision != null || status != null;
    }
}
