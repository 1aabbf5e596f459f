package org.entente.assistance.internal;

import static org.entente.provenance.history.VersionedTable.joinIds;
import static org.entente.provenance.history.VersionedTable.splitIds;
import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.assistance.CouncilSession;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RequestState;
import org.entente.assistance.Vote;
import org.entente.register.Coded;
import org.entente.register.DecisionTerms;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests filed in Entente: the request row with its current status, one {@code request_step} row per
 * transition, the council session and its votes. {@link #save} writes what changed between two versions
 * of a request; {@link #lock} reads one for a change, holding its row until the transaction ends.
 */
@Repository
class JdbcFiledRequests {

    private final JdbcClient jdbc;

    JdbcFiledRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as the list shows it: without its steps and session. */
    record Row(String id, StateCode state, Instant receivedAt, ThreatCategory threat, String clause, RequestState.Status status,
               DecisionKind decision, String decisionClauseId, Instant decidedAt, boolean onBehalf) {
    }

    List<Row> rows(OrganizationCode organization) {
        return jdbc.sql("select * from assistance_request where org_code = :org order by received_at, id")
                .param("org", organization.value())
                .query(JdbcFiledRequests::row)
                .list();
    }

    List<Row> openOf(OrganizationCode organization, StateCode state) {
        return jdbc.sql("select * from assistance_request where org_code = :org and state_code = :state and status in ('filed', 'under_consultation')")
                .param("org", organization.value())
                .param("state", state.value())
                .query(JdbcFiledRequests::row)
                .list();
    }

    /** Holds the organization's filing lock until the transaction ends: filings of one organization go one at a time. */
    void lockFilings(OrganizationCode organization) {
        if (jdbc.sql("update request_filing_lock set org_code = org_code where org_code = :org").param("org", organization.value()).update() == 0) {
            jdbc.sql("insert into request_filing_lock (org_code) values (:org)").param("org", organization.value()).update();
        }
    }

    /**
     * The next free identifier after {@code prefix} ({@link FiledRequest#idPrefix}): e.g. {@code KAZ-2026-3}. Only the ids with a
     * number straight after the prefix count: an exercise whose code begins as a real id does ({@code KAZ-2026}, its requests
     * {@code KAZ-2026-KAZ-2026-1}) has a dash after it, so it never takes a number of the real record's.
     */
    String nextId(String prefix) {
        int taken = jdbc.sql("select count(*) from assistance_request where id like :prefix and id not like :longer")
                .param("prefix", prefix + "%")
                .param("longer", prefix + "%-%")
                .query(Integer.class)
                .single();
        return prefix + (taken + 1);
    }

    Optional<FiledRequest> find(OrganizationCode organization, String id) {
        return load(organization, id, "");
    }

    /** The request, its row locked against concurrent changes until the transaction ends. */
    Optional<FiledRequest> lock(OrganizationCode organization, String id) {
        return load(organization, id, " for update");
    }

    private Optional<FiledRequest> load(OrganizationCode organization, String id, String lock) {
        return jdbc.sql("select * from assistance_request where org_code = :org and id = :id" + lock)
                .param("org", organization.value())
                .param("id", id)
                .query((rs, n) -> request(rs, organization))
                .optional();
    }

    void insert(FiledRequest request) {
        jdbc.sql("""
                        insert into assistance_request (id, org_code, state_code, received_at, threat_category, clause_key, description,
                            source_refs, filed_by, on_behalf, warnings_acknowledged, status)
                        values (:id, :org, :state, :received, :threat, :clause, :description, :sources, :filedBy, :onBehalf, :acknowledged, :status)""")
                .param("id", request.id())
                .param("org", request.organization().value())
                .param("state", request.state().value())
                .param("received", timestamp(request.receivedAt()))
                .param("threat", request.threat().code())
                .param("clause", request.clause())
                .param("description", request.description())
                .param("sources", request.sources().isEmpty() ? null : String.join("\n", request.sources()))
                .param("filedBy", request.filedBy())
                .param("onBehalf", request.onBehalf())
                .param("acknowledged", request.warningsAcknowledged())
                .param("status", request.status().code())
                .update();
        insertSteps(request, 0);
    }

    /** Writes what changed from {@code before} to {@code after}: new steps, the status and decision, the session and its votes. */
    void save(FiledRequest before, FiledRequest after) {
        insertSteps(after, before.history().size());
        var decision = after.decision();
        jdbc.sql("update assistance_request set status = :status, decision_kind = :kind, decision_clause_key = :clause, decided_at = :at where id = :id")
                .param("status", after.status().code())
                .param("kind", decision.map(decided -> decided.decision().code()).orElse(null))
                .param("clause", decision.map(RequestState.Decided::clause).orElse(null))
                .param("at", decision.map(decided -> timestamp(decided.step().at())).orElse(null))
                .param("id", after.id())
                .update();
        CouncilSession was = before.session();
        CouncilSession is = after.session();
        if (is == null) {
            return;
        }
        if (was == null) {
            jdbc.sql("""
                            insert into council_session (request_id, convened_by, convened_at, opens_at, deadline, motion, rule_terms,
                                rule_clause_key, voters)
                            values (:id, :by, :convenedAt, :opensAt, :deadline, :motion, :terms, :clause, :voters)""")
                    .param("id", after.id())
                    .param("by", after.current().step().by())
                    .param("convenedAt", timestamp(after.current().step().at()))
                    .param("opensAt", timestamp(is.opensAt()))
                    .param("deadline", is.deadline() == null ? null : timestamp(is.deadline()))
                    .param("motion", is.motion().code())
                    .param("terms", is.terms().text())
                    .param("clause", is.ruleClauseId())
                    .param("voters", joinIds(is.voters().stream().map(StateCode::value).toList()))
                    .update();
        }
        is.votes().forEach((state, vote) -> {
            if (was == null || !vote.equals(was.votes().get(state))) {
                jdbc.sql("delete from council_vote where request_id = :id and state_code = :state")
                        .param("id", after.id()).param("state", state.value()).update();
                jdbc.sql("insert into council_vote (request_id, state_code, vote, statement, cast_by, cast_at) values (:id, :state, :vote, :statement, :by, :at)")
                        .param("id", after.id())
                        .param("state", state.value())
                        .param("vote", vote.vote().code())
                        .param("statement", vote.statement())
                        .param("by", vote.by())
                        .param("at", timestamp(vote.at()))
                        .update();
            }
        });
        if (is.closed() && (was == null || !was.closed())) {
            jdbc.sql("update council_session set closed_at = :at, outcome_reason = :reason where request_id = :id")
                    .param("at", timestamp(is.closedAt()))
                    .param("reason", is.outcomeReason())
                    .param("id", after.id())
                    .update();
        }
    }

    private void insertSteps(FiledRequest request, int from) {
        for (int seq = from; seq < request.history().size(); seq++) {
            RequestState state = request.history().get(seq);
            jdbc.sql("insert into request_step (request_id, seq, status, by_name, at, detail) values (:id, :seq, :status, :by, :at, :detail)")
                    .param("id", request.id())
                    .param("seq", seq)
                    .param("status", state.status().code())
                    .param("by", state.step().by())
                    .param("at", timestamp(state.step().at()))
                    .param("detail", state instanceof RequestState.Decided decided ? decided.decision().code() + " " + decided.clause() : null)
                    .update();
        }
    }

    private FiledRequest request(ResultSet rs, OrganizationCode organization) throws SQLException {
        String id = rs.getString("id");
        StateCode state = StateCode.of(rs.getString("state_code"));
        List<RequestState> history = jdbc.sql("select * from request_step where request_id = :id order by seq")
                .param("id", id)
                .query((step, n) -> state(step))
                .list();
        CouncilSession session = jdbc.sql("select * from council_session where request_id = :id")
                .param("id", id)
                .query((row, n) -> session(row, state))
                .optional()
                .orElse(null);
        String sources = rs.getString("source_refs");
        return new FiledRequest(id, organization, state, instant(rs, "received_at"),
                Coded.fromCode(ThreatCategory.class, rs.getString("threat_category")), rs.getString("clause_key"), rs.getString("description"),
                sources == null ? List.of() : List.of(sources.split("\n")), rs.getString("filed_by"), rs.getBoolean("on_behalf"),
                rs.getBoolean("warnings_acknowledged"), history, session);
    }

    private static RequestState state(ResultSet rs) throws SQLException {
        var step = new RequestState.Step(rs.getString("by_name"), instant(rs, "at"));
        return switch (Coded.fromCode(RequestState.Status.class, rs.getString("status"))) {
            case FILED -> new RequestState.Filed(step);
            case UNDER_CONSULTATION -> new RequestState.UnderConsultation(step);
            case DECIDED -> {
                String[] detail = rs.getString("detail").split(" ", 2);
                yield new RequestState.Decided(step, Coded.fromCode(DecisionKind.class, detail[0]), detail[1]);
            }
            case CLOSED -> new RequestState.Closed(step);
            case WITHDRAWN -> new RequestState.Withdrawn(step);
        };
    }

    private CouncilSession session(ResultSet rs, StateCode requester) throws SQLException {
        String id = rs.getString("request_id");
        Map<StateCode, CouncilSession.CastVote> votes = new LinkedHashMap<>();
        jdbc.sql("select * from council_vote where request_id = :id").param("id", id).query(vote -> {
            votes.put(StateCode.of(vote.getString("state_code")), new CouncilSession.CastVote(Coded.fromCode(Vote.class, vote.getString("vote")),
                    vote.getString("statement"), vote.getString("cast_by"), instant(vote, "cast_at")));
        });
        return new CouncilSession(instant(rs, "opens_at"), instantOrNull(rs, "deadline"), Coded.fromCode(DecisionKind.class, rs.getString("motion")),
                DecisionTerms.parse(rs.getString("rule_terms")), rs.getString("rule_clause_key"), requester,
                splitIds(rs.getString("voters")).stream().map(StateCode::of).toList(), votes, instantOrNull(rs, "closed_at"),
                rs.getString("outcome_reason"));
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        String decision = rs.getString("decision_kind");
        return new Row(rs.getString("id"), StateCode.of(rs.getString("state_code")), instant(rs, "received_at"),
                Coded.fromCode(ThreatCategory.class, rs.getString("threat_category")), rs.getString("clause_key"),
                Coded.fromCode(RequestState.Status.class, rs.getString("status")),
                decision == null ? null : Coded.fromCode(DecisionKind.class, decision), rs.getString("decision_clause_key"),
                instantOrNull(rs, "decided_at"), rs.getBoolean("on_behalf"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(instantOrNull(rs, column), column);
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
