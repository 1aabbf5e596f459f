package org.entente.assistance.internal;

import java.util.List;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RequestState;
import org.entente.assistance.internal.RequestViews.Summary;
import org.entente.register.Coded;
import org.entente.register.ThreatCategory;

/**
 * The list's filters, each optional; {@link RequestForms#filter} reads them from the submitted parameters. Which
 * record the requests are of comes first: the formal record unless asked otherwise, so that a request outside it is
 * never counted or listed with the formal ones.
 */
record RequestFilter(Records record, String state, ThreatCategory threat, DecisionKind decision, RequestState.Status status) {

    /** Which requests a list takes by their record: the formal ones (by default), those outside the formal record, or all. */
    enum Records implements Coded {
        FORMAL, INFORMAL, ALL;

        boolean takes(Summary request) {
            return this == ALL || code().equals(request.record().code());
        }
    }

    RequestFilter {
        record = record == null ? Records.FORMAL : record;
    }

    /** The requests of the record asked for: what the list counts. */
    List<Summary> ofRecord(List<Summary> all) {
        return all.stream().filter(record::takes).toList();
    }

    List<Summary> apply(List<Summary> all) {
        return ofRecord(all).stream()
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
