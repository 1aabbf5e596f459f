package org.entente.mission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.mission.MissionFormat;
import org.entente.mission.MissionFormat.Fact;
import org.entente.provenance.history.VersionedTable;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Missions as the facts recorded of them ({@link MissionFormat}): one {@code mission} row per mission, holding its
 * version (the lock every command takes), and its {@code mission_fact} rows, only ever added. {@link #save} adds a
 * command's new facts over the version they were made from, and only over that one.
 */
@Repository
class JdbcMissions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcMissions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A mission as stored: its organization and id, its version, and every fact recorded of it in the order recorded,
     * of which the first {@code saved} are stored and the rest to be, recorded at {@code at} by {@code by}.
     */
    record Stored(OrganizationCode organization, String id, int version, List<Fact> facts, int saved, Instant at, String by) {

        Stored {
            facts = List.copyOf(facts);
        }

        /** A mission not stored yet: no facts, version 0. */
        static Stored none(OrganizationCode organization, String id) {
            return new Stored(organization, id, 0, List.of(), 0, null, null);
        }

        /** This mission with {@code added} facts after its own, recorded at {@code at} by {@code by}: its next version, to be saved. */
        Stored with(List<Fact> added, Instant at, String by) {
            var all = new ArrayList<>(facts);
            all.addAll(added);
            return new Stored(organization, id, version + 1, all, saved, at, by);
        }

        /** The facts not yet saved. */
        List<Fact> unsaved() {
            return facts.subList(saved, facts.size());
        }
    }

    Optional<Stored> lock(OrganizationCode organization, String id) {
        return jdbc.sql("select version from mission where org_code = :org and mission_id = :id for update")
                .param("org", organization.value()).param("id", id)
                .query(Integer.class).optional()
                .map(version -> stored(organization, id, version, facts(organization, id, null)));
    }

    /**
     * Where a mission is kept: recorded from a dataset (replaced and retired by the next import of its organization's
     * document, exported with it), or created in Entente on a decision (kept by the commands alone).
     */
    enum Origin {
        DATASET, ENTENTE;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The organization's missions as recorded by {@code recordedAt} (every fact recorded so far, when null). */
    List<Stored> all(OrganizationCode organization, Instant recordedAt) {
        return all(organization, recordedAt, null);
    }

    /** The organization's missions of {@code origin} (of either, when null) as recorded by {@code recordedAt} (every fact so far, when null). */
    List<Stored> all(OrganizationCode organization, Instant recordedAt, Origin origin) {
        Map<String, Integer> versions = jdbc.sql("select mission_id, version from mission where org_code = :org")
                .param("org", organization.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, List<Fact>> byMission = new LinkedHashMap<>();
        jdbc.sql("select mission_id, kind, fact_key, known_from, body from mission_fact where org_code = :org" + recordedBy(recordedAt)
                        + (origin == null ? "" : " and mission_id in (select mission_id from mission where org_code = :org and origin = :origin)")
                        + " order by mission_id, seq")
                .param("org", organization.value())
                .params(recordedAt == null ? Map.of() : Map.of("at", VersionedTable.timestamp(recordedAt)))
                .params(origin == null ? Map.of() : Map.of("origin", origin.code()))
                .query((rs, n) -> {
                    byMission.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(fact(rs));
                    return null;
                }).list();
        return byMission.entrySet().stream()
                .map(entry -> stored(organization, entry.getKey(), versions.getOrDefault(entry.getKey(), 0), entry.getValue())).toList();
    }

    /**
     * The mission with the version read before its facts: a change landing between the two reads leaves the version
     * older than the facts, never newer, so a form sent from what was read is refused as stale rather than let through.
     */
    Optional<Stored> find(OrganizationCode organization, String id, Instant recordedAt) {
        int version = version(organization, id);
        List<Fact> facts = facts(organization, id, recordedAt);
        return facts.isEmpty() ? Optional.empty() : Optional.of(stored(organization, id, version, facts));
    }

    private int version(OrganizationCode organization, String id) {
        return jdbc.sql("select version from mission where org_code = :org and mission_id = :id")
                .param("org", organization.value()).param("id", id).query(Integer.class).optional().orElse(0);
    }

    private List<Fact> facts(OrganizationCode organization, String id, Instant recordedAt) {
        return jdbc.sql("select mission_id, kind, fact_key, known_from, body from mission_fact where org_code = :org and mission_id = :id"
                        + recordedBy(recordedAt) + " order by seq")
                .param("org", organization.value()).param("id", id)
                .params(recordedAt == null ? Map.of() : Map.of("at", VersionedTable.timestamp(recordedAt)))
                .query((rs, n) -> fact(rs)).list();
    }

    private static String recordedBy(Instant recordedAt) {
        return recordedAt == null ? "" : " and recorded_at <= :at";
    }

    private Fact fact(java.sql.ResultSet rs) throws java.sql.SQLException {
        String body = rs.getString("body");
        return new Fact(rs.getString("kind"), rs.getString("fact_key"), rs.getObject("known_from", java.time.OffsetDateTime.class).toInstant(),
                body == null ? null : json.readTree(body));
    }

    private static Stored stored(OrganizationCode organization, String id, int version, List<Fact> facts) {
        return new Stored(organization, id, version, facts, facts.size(), null, null);
    }

    /** Where the mission is kept; empty where there is none. */
    Optional<Origin> origin(OrganizationCode organization, String id) {
        return jdbc.sql("select origin from mission where org_code = :org and mission_id = :id")
                .param("org", organization.value()).param("id", id).query(String.class).optional()
                .map(code -> Origin.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
    }

    /** A new mission of {@code origin}, version 0 and no facts yet, its row locked until the transaction ends; false where its id is taken. */
    boolean insert(OrganizationCode organization, String id, Instant at, Origin origin) {
        boolean taken = jdbc.sql("select count(*) from mission where org_code = :org and mission_id = :id")
                .param("org", organization.value()).param("id", id).query(Integer.class).single() > 0;
        if (taken) {
            return false;
        }
        try {
            jdbc.sql("insert into mission (org_code, mission_id, version, created_at, updated_at, origin) values (:org, :id, 0, :at, :at, :origin)")
                    .param("org", organization.value()).param("id", id).param("at", VersionedTable.timestamp(at)).param("origin", origin.code()).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException createdMeanwhile) {
            return false; // another transaction created it between the count and the insert
        }
    }


    /** Adds {@code after}'s unsaved facts if the stored mission is still at {@code before}'s version. */
    boolean save(Stored before, Stored after) {
        Instant at = after.at();
        String by = after.by();
        int updated = jdbc.sql("update mission set version = :next, updated_at = :at where org_code = :org and mission_id = :id and version = :version")
                .param("next", after.version()).param("at", VersionedTable.timestamp(at))
                .param("org", before.organization().value()).param("id", before.id()).param("version", before.version()).update();
        if (updated == 0) {
            return false;
        }
        int seq = before.facts().size();
        for (Fact fact : after.unsaved()) {
            jdbc.sql("insert into mission_fact (org_code, mission_id, seq, kind, fact_key, known_from, recorded_at, recorded_by, body) "
                            + "values (:org, :id, :seq, :kind, :key, :known, :at, :by, :body)")
                    .param("org", before.organization().value()).param("id", before.id()).param("seq", ++seq)
                    .param("kind", fact.kind()).param("key", fact.key()).param("known", VersionedTable.timestamp(fact.knownFrom()))
                    .param("at", VersionedTable.timestamp(at)).param("by", by)
                    .param("body", fact.body() == null ? null : json.writeValueAsString(fact.body())).update();
        }
        return true;
    }
}
