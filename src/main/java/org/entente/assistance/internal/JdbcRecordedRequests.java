package org.entente.assistance.internal;

import static org.entente.provenance.history.VersionedTable.joinIds;
import static org.entente.provenance.history.VersionedTable.splitIds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.RecordedRequest;
import org.entente.assistance.RecordedRequests;
import org.entente.assistance.Vote;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.history.VersionedTable;
import org.entente.provenance.history.VersionedTable.Row;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The historical requests in the versioned table {@code recorded_request}, formal or not; responses are kept as JSON. */
@Repository
class JdbcRecordedRequests implements RecordedRequests {

    private static final TypeReference<List<Map<String, String>>> RESPONSES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VersionedTable table;

    JdbcRecordedRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = new VersionedTable(jdbc, "recorded_request", List.of("state_code", "received", "received_text", "threat_category",
                "clause_key", "description", "addressed_to", "responses", "decision_kind", "decided_text", "decision_clause_key",
                "decision_body", "decision_summary", "votes", "note", "source_ids", "outside_formal_record"));
    }

    @Override
    public List<RecordedRequest> all(OrganizationCode organization, Instant recordedAt) {
        return jdbc.sql("select * from recorded_request where org_code = :org and " + VersionedTable.CURRENT_AT + " order by received, record_key")
                .param("org", organization.value())
                .param("at", VersionedTable.timestamp(recordedAt))
                .query(this::request)
                .list();
    }

    @Override
    public ChangeCount replace(OrganizationCode organization, List<RecordedRequest> requests, Instant at) {
        return table.replace(organization.value(), requests.stream().map(this::row).toList(), at);
    }

    private Row row(RecordedRequest request) {
        var values = new HashMap<String, Object>();
        values.put("state_code", request.state().value());
        values.put("received", request.received().date());
        values.put("received_text", request.received().toString());
        values.put("threat_category", request.threat().code());
        values.put("clause_key", request.clause());
        values.put("description", request.description());
        values.put("addressed_to", request.addressedTo());
        values.put("responses", request.responses().isEmpty() ? null : json.writeValueAsString(request.responses().stream()
                .map(response -> Map.of("date", response.date().toString(), "action", response.action())).toList()));
        RecordedRequest.Decision decision = request.decision();
        values.put("decision_kind", decision == null ? null : decision.kind().code());
        values.put("decided_text", decision == null ? null : decision.date().toString());
        values.put("decision_clause_key", decision == null ? null : decision.clause());
        values.put("decision_body", decision == null ? null : decision.body());
        values.put("decision_summary", decision == null ? null : decision.summary());
        values.put("votes", decision == null || decision.votes().isEmpty() ? null : joinIds(decision.votes().entrySet().stream()
                .map(vote -> vote.getKey().value() + "=" + vote.getValue().code()).toList()));
        values.put("note", request.note());
        values.put("source_ids", joinIds(request.sources()));
        values.put("outside_formal_record", request.outsideFormalRecord());
        return new Row(request.id(), values);
    }

    private RecordedRequest request(ResultSet rs, int rowNum) throws SQLException {
        String responses = rs.getString("responses");
        List<RecordedRequest.Response> story = responses == null ? List.of() : json.readValue(responses, RESPONSES).stream()
                .map(response -> new RecordedRequest.Response(PartialDate.parse(response.get("date")), response.get("action")))
                .toList();
        RecordedRequest.Decision decision = null;
        if (rs.getString("decision_kind") != null) {
            Map<StateCode, Vote> votes = new LinkedHashMap<>();
            splitIds(rs.getString("votes")).forEach(vote -> {
                String[] pair = vote.split("=", 2);
                votes.put(StateCode.of(pair[0]), Coded.fromCode(Vote.class, pair[1]));
            });
            decision = new RecordedRequest.Decision(Coded.fromCode(DecisionKind.class, rs.getString("decision_kind")),
                    PartialDate.parse(rs.getString("decided_text")), rs.getString("decision_clause_key"), rs.getString("decision_body"),
                    rs.getString("decision_summary"), votes);
        }
        return new RecordedRequest(rs.getString("record_key"), StateCode.of(rs.getString("state_code")), PartialDate.parse(rs.getString("received_text")),
                Coded.fromCode(ThreatCategory.class, rs.getString("threat_category")), rs.getString("clause_key"), rs.getString("description"),
                rs.getString("addressed_to"), story, decision, rs.getString("note"), splitIds(rs.getString("source_ids")),
                rs.getString("outside_formal_record"));
    }
}
