package org.entente.assistance.internal;

import java.util.Arrays;
import java.util.List;
import org.entente.web.Csv;

/**
 * An organization's requests as a CSV download (docs/export.md): a row per request the list shows, with the list's
 * filters, as {@code GET /api/v1/organizations/{organization}/requests} answers them (every page at once).
 */
final class RequestsCsv {

    static final List<String> COLUMNS = List.of("id", "origin", "record", "state", "received", "threat", "clause", "status", "decision",
            "decision_date", "decision_clause", "decision_body", "decision_summary", "time_to_decision_seconds", "time_to_decision_days",
            "outside_formal_record");

    private RequestsCsv() {
    }

    static Csv.Table of(List<RequestViews.Summary> requests) {
        return new Csv.Table(COLUMNS, requests.stream().map(RequestsCsv::row).toList());
    }

    private static List<Object> row(RequestViews.Summary request) {
        RequestViews.Decision decision = request.decision();
        RequestViews.TimeToDecision time = request.timeToDecision();
        return Arrays.asList(request.id(), request.origin().code(), request.record().code(), request.state(), request.received(), request.threat(),
                request.clause(), request.status(), decision == null ? null : decision.kind(), decision == null ? null : decision.date(),
                decision == null ? null : decision.clause(), decision == null ? null : decision.body(), decision == null ? null : decision.summary(),
                time == null ? null : time.seconds(), time == null ? null : time.days(), request.outsideFormalRecord());
    }
}
