package org.entente.register.internal;

import static org.entente.provenance.history.VersionedTable.CURRENT_AT;
import static org.entente.provenance.history.VersionedTable.joinIds;
import static org.entente.provenance.history.VersionedTable.splitIds;
import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.history.StoredTranslations;
import org.entente.provenance.history.VersionedTable;
import org.entente.provenance.history.VersionedTable.Row;
import org.entente.register.Clause;
import org.entente.register.ClauseKind;
import org.entente.register.DecisionTerms;
import org.entente.register.ThreatCategory;
import org.entente.register.Coded;
import org.entente.register.Correction;
import org.entente.register.Exercise;
import org.entente.register.Exercises;
import org.entente.register.ExclusivityConflict;
import org.entente.register.Instrument;
import org.entente.register.InstrumentKind;
import org.entente.register.Membership;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.NativeName;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.register.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The register on the database: one versioned table per kind of record, SQL next to the mapping. */
@Repository
@Transactional(readOnly = true)
class JdbcRegister implements Register {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Exercises exercises;
    private final VersionedTable organizations;
    private final VersionedTable instruments;
    private final VersionedTable clauses;
    private final VersionedTable events;

    JdbcRegister(JdbcClient jdbc, JsonMapper json, Exercises exercises) {
        this.jdbc = jdbc;
        this.json = json;
        this.exercises = exercises;
        this.organizations = new VersionedTable(jdbc, "organization",
                List.of("name", "abbreviation", "native_names", "headquarters", "military_alliance", "source_ids", StoredTranslations.COLUMN));
        this.instruments = new VersionedTable(jdbc, "instrument",
                List.of("kind", "title", "signed", "signed_place", "entry_into_force", "initial_term_years", "renewal_rule", "source_ids",
                        "codings", StoredTranslations.COLUMN));
        this.clauses = new VersionedTable(jdbc, "clause",
                List.of("instrument_key", "article", "title", "summary", "kinds", "in_force_from", "in_force_until", "source_ids",
                        "covers", "decision_rule", StoredTranslations.COLUMN));
        this.events = new VersionedTable(jdbc, "membership_event",
                List.of("state_code", "event_type", "event_date", "event_date_text", "instrument_key", "note", "source_ids", StoredTranslations.COLUMN));
    }

    /** The real organizations: an exercise (registered in {@code exercise}) is no organization of the register's lists. */
    @Override
    public List<Organization> organizations(Instant recordedAt) {
        return jdbc.sql("select * from organization where " + CURRENT_AT + " and org_code not in (select code from exercise) order by org_code")
                .param("at", timestamp(recordedAt))
                .query(this::organization)
                .list();
    }

    @Override
    public Optional<Organization> organization(OrganizationCode code, Instant recordedAt) {
        return jdbc.sql("select * from organization where org_code = :org and " + CURRENT_AT)
                .param("org", code.value())
                .param("at", timestamp(recordedAt))
                .query(this::organization)
                .optional();
    }

    @Override
    public Optional<RegisterContent> content(OrganizationCode code, Instant recordedAt) {
        return organization(code, recordedAt).map(organization -> new RegisterContent(organization,
                select("instrument", "signed, record_key", code, recordedAt, this::instrument),
                select("clause", "instrument_key, in_force_from, record_key", code, recordedAt, this::clause),
                events(code, recordedAt)));
    }

    @Override
    public Membership membership(OrganizationCode code, Instant recordedAt) {
        return Membership.derive(code, events(code, recordedAt));
    }

    @Override
    public List<ExclusivityConflict> exclusivityConflicts(OrganizationCode code, Instant recordedAt) {
        List<Clause> ownClauses = select("clause", "record_key", code, recordedAt, this::clause);
        // An exercise stands in for the organization it copies: its members are that organization's, never in conflict with it.
        Optional<OrganizationCode> copied = exercises.of(code).map(Exercise::of);
        Map<OrganizationCode, Membership> alliances = new HashMap<>();
        organizations(recordedAt).stream()
                .filter(Organization::militaryAlliance)
                .filter(other -> !other.code().equals(code) && copied.filter(other.code()::equals).isEmpty())
                .forEach(other -> alliances.put(other.code(), membership(other.code(), recordedAt)));
        return ExclusivityConflict.find(ownClauses, membership(code, recordedAt), alliances);
    }

    @Override
    @Transactional
    public ChangeCount replace(RegisterContent content, Instant at) {
        String org = content.organization().code().value();
        return organizations.replace(org, List.of(row(content.organization())), at)
                .plus(instruments.replace(org, content.instruments().stream().map(this::row).toList(), at))
                .plus(clauses.replace(org, content.clauses().stream().map(this::row).toList(), at))
                .plus(events.replace(org, content.events().stream().map(this::row).toList(), at));
    }

    @Override
    public List<Correction> corrections(OrganizationCode code, Instant from, Instant until) {
        var corrections = new ArrayList<Correction>();
        Map<String, VersionedTable> tables = new LinkedHashMap<>();
        tables.put("organization", organizations);
        tables.put("instrument", instruments);
        tables.put("clause", clauses);
        tables.put("membershipEvent", events);
        tables.forEach((kind, table) -> table.changes(code.value(), from, until).forEach(change -> corrections.add(new Correction(
                kind + ":" + change.key(), change.at(), change.retired() ? Correction.Kind.RETIRED : Correction.Kind.CORRECTED,
                change.values().get("state_code") == null ? null : StateCode.of(change.values().get("state_code").toString().strip()),
                splitIds((String) change.values().get("source_ids"))))));
        corrections.sort(Comparator.comparing(Correction::recordedAt).thenComparing(Correction::subject));
        return List.copyOf(corrections);
    }

    private List<MembershipEvent> events(OrganizationCode code, Instant recordedAt) {
        return select("membership_event", "event_date, record_key", code, recordedAt, this::event);
    }

    private <T> List<T> select(String table, String order, OrganizationCode code, Instant recordedAt, org.springframework.jdbc.core.RowMapper<T> mapper) {
        return jdbc.sql("select * from " + table + " where org_code = :org and " + CURRENT_AT + " order by " + order)
                .param("org", code.value())
                .param("at", timestamp(recordedAt))
                .query(mapper)
                .list();
    }

    private Row row(Organization organization) {
        var values = new HashMap<String, Object>();
        values.put("name", organization.name());
        values.put("abbreviation", organization.abbreviation());
        values.put("native_names", json.writeValueAsString(organization.nativeNames()));
        values.put("headquarters", organization.headquarters());
        values.put("military_alliance", organization.militaryAlliance());
        values.put("source_ids", joinIds(organization.sources()));
        values.put(StoredTranslations.COLUMN, StoredTranslations.column(organization.translations()));
        return new Row(organization.code().value(), values);
    }

    private Organization organization(ResultSet rs, int rowNum) throws SQLException {
        List<NativeName> nativeNames = json.readValue(rs.getString("native_names"), new TypeReference<List<NativeName>>() { });
        return new Organization(OrganizationCode.of(rs.getString("org_code")), rs.getString("name"), rs.getString("abbreviation"),
                nativeNames, rs.getString("headquarters"), rs.getBoolean("military_alliance"), splitIds(rs.getString("source_ids")),
                StoredTranslations.read(rs.getString(StoredTranslations.COLUMN)));
    }

    private Row row(Instrument instrument) {
        var values = new HashMap<String, Object>();
        values.put("kind", instrument.kind().code());
        values.put("title", instrument.title());
        values.put("signed", text(instrument.signed()));
        values.put("signed_place", instrument.signedPlace());
        values.put("entry_into_force", text(instrument.entryIntoForce()));
        values.put("initial_term_years", instrument.initialTermYears());
        values.put("renewal_rule", instrument.renewalRule());
        values.put("source_ids", joinIds(instrument.sources()));
        values.put("codings", instrument.codings() == null ? null : json.writeValueAsString(StoredCodings.of(instrument.codings())));
        values.put(StoredTranslations.COLUMN, StoredTranslations.column(instrument.translations()));
        return new Row(instrument.id(), values);
    }

    private Instrument instrument(ResultSet rs, int rowNum) throws SQLException {
        return new Instrument(rs.getString("record_key"), Coded.fromCode(InstrumentKind.class, rs.getString("kind")), rs.getString("title"),
                date(rs.getString("signed")), rs.getString("signed_place"), date(rs.getString("entry_into_force")),
                rs.getObject("initial_term_years", Integer.class), rs.getString("renewal_rule"), splitIds(rs.getString("source_ids")),
                rs.getString("codings") == null ? null : json.readValue(rs.getString("codings"), StoredCodings.class).codings(),
                StoredTranslations.read(rs.getString(StoredTranslations.COLUMN)));
    }

    private Row row(Clause clause) {
        var values = new HashMap<String, Object>();
        values.put("instrument_key", clause.instrument());
        values.put("article", clause.article());
        values.put("title", clause.title());
        values.put("summary", clause.summary());
        values.put("kinds", clause.kinds().stream().map(ClauseKind::code).sorted().collect(Collectors.joining(",")));
        values.put("in_force_from", text(clause.inForceFrom()));
        values.put("in_force_until", text(clause.inForceUntil()));
        values.put("source_ids", joinIds(clause.sources()));
        values.put("covers", clause.covers().isEmpty() ? null : joinIds(clause.covers().stream().map(ThreatCategory::code).sorted().toList()));
        values.put("decision_rule", clause.decisionRule() == null ? null : clause.decisionRule().text());
        values.put(StoredTranslations.COLUMN, StoredTranslations.column(clause.translations()));
        return new Row(clause.id(), values);
    }

    private Clause clause(ResultSet rs, int rowNum) throws SQLException {
        var kinds = Arrays.stream(rs.getString("kinds").split(","))
                .map(code -> Coded.fromCode(ClauseKind.class, code))
                .collect(Collectors.toSet());
        return new Clause(rs.getString("record_key"), rs.getString("instrument_key"), rs.getString("article"), rs.getString("title"),
                rs.getString("summary"), kinds, date(rs.getString("in_force_from")), date(rs.getString("in_force_until")),
                splitIds(rs.getString("source_ids")),
                splitIds(rs.getString("covers")).stream().map(code -> Coded.fromCode(ThreatCategory.class, code)).collect(Collectors.toSet()),
                rs.getString("decision_rule") == null ? null : DecisionTerms.parse(rs.getString("decision_rule")),
                StoredTranslations.read(rs.getString(StoredTranslations.COLUMN)));
    }

    private Row row(MembershipEvent event) {
        var values = new HashMap<String, Object>();
        values.put("state_code", event.state().value());
        values.put("event_type", event.type().code());
        values.put("event_date", event.date().date());
        values.put("event_date_text", event.date().toString());
        values.put("instrument_key", event.instrument());
        values.put("note", event.note());
        values.put("source_ids", joinIds(event.sources()));
        values.put(StoredTranslations.COLUMN, StoredTranslations.column(event.translations()));
        return new Row(event.id(), values);
    }

    private MembershipEvent event(ResultSet rs, int rowNum) throws SQLException {
        return new MembershipEvent(rs.getString("record_key"), StateCode.of(rs.getString("state_code")),
                MembershipEventType.fromCode(rs.getString("event_type")), PartialDate.parse(rs.getString("event_date_text")),
                rs.getString("instrument_key"), rs.getString("note"), splitIds(rs.getString("source_ids")),
                StoredTranslations.read(rs.getString(StoredTranslations.COLUMN)));
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

}
