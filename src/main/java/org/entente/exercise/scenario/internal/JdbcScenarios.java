package org.entente.exercise.scenario.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.entente.register.OrganizationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scenario libraries on the database: every imported version, never overwritten (table {@code exercise_scenario}, V28). */
@Repository
class JdbcScenarios {

    private final JdbcClient jdbc;

    JdbcScenarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of each scenario of the organization, by name. */
    List<StoredScenario> newestOf(OrganizationCode organization) {
        return jdbc.sql("""
                        select * from exercise_scenario s where org_code = :org
                        and version = (select max(version) from exercise_scenario n where n.org_code = s.org_code and n.name = s.name)
                        order by name""")
                .param("org", organization.value())
                .query(JdbcScenarios::stored)
                .list();
    }

    /** The newest version of the scenario, if the library holds it. */
    Optional<StoredScenario> newest(OrganizationCode organization, String name) {
        return jdbc.sql("select * from exercise_scenario where org_code = :org and name = :name order by version desc fetch first 1 rows only")
                .param("org", organization.value())
                .param("name", name)
                .query(JdbcScenarios::stored)
                .optional();
    }

    /** One version of the scenario, if the library holds it. */
    Optional<StoredScenario> version(OrganizationCode organization, String name, int version) {
        return jdbc.sql("select * from exercise_scenario where org_code = :org and name = :name and version = :version")
                .param("org", organization.value())
                .param("name", name)
                .param("version", version)
                .query(JdbcScenarios::stored)
                .optional();
    }

    /** Adds a version; a version taken meanwhile by another import fails on the primary key. */
    void add(StoredScenario scenario) {
        jdbc.sql("""
                        insert into exercise_scenario (org_code, name, version, document, digest, title, injects, duration, imported_at, imported_by)
                        values (:org, :name, :version, :document, :digest, :title, :injects, :duration, :importedAt, :importedBy)""")
                .param("org", scenario.organization().value())
                .param("name", scenario.name())
                .param("version", scenario.version())
                .param("document", scenario.document())
                .param("digest", scenario.digest())
                .param("title", scenario.title())
                .param("injects", scenario.injects())
                .param("duration", scenario.duration().toString())
                .param("importedAt", timestamp(scenario.importedAt()))
                .param("importedBy", scenario.importedBy())
                .update();
    }

    private static StoredScenario stored(ResultSet rs, int rowNum) throws SQLException {
        return new StoredScenario(OrganizationCode.of(rs.getString("org_code")), rs.getString("name"), rs.getInt("version"), rs.getString("document"),
                rs.getString("digest"), rs.getString("title"), rs.getInt("injects"), Duration.parse(rs.getString("duration")),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"));
    }
}
