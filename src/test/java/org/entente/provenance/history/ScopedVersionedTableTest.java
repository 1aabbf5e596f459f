package org.entente.provenance.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A table versioned per scope (force generation's packages, per request): replacing one scope's rows leaves every other scope's alone. */
class ScopedVersionedTableTest extends DatabaseTest {

    private static final String ORG = "VTSCOPE";
    private static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-02T10:00:00Z");

    @Autowired
    private JdbcClient jdbc;

    private VersionedTable packages() {
        return VersionedTable.scoped(jdbc, "force_package_unit", "request_id", List.of("unit_id", "designation", "state_code", "requirement_id",
                "personnel", "eta_hours", "accepted_by", "accepted_at"));
    }

    private static VersionedTable.Row unit(String id, String requirement) {
        var values = new LinkedHashMap<String, Object>();
        values.put("unit_id", id);
        values.put("designation", "unit " + id);
        values.put("state_code", "KAZ");
        values.put("requirement_id", requirement);
        values.put("personnel", 100);
        values.put("eta_hours", 30);
        values.put("accepted_by", "secretariat");
        values.put("accepted_at", VersionedTable.timestamp(FIRST));
        return new VersionedTable.Row(id, values);
    }

    private List<String> unitsAt(String request, Instant at) {
        return jdbc.sql("select unit_id from force_package_unit where org_code = :org and request_id = :request and " + VersionedTable.CURRENT_AT
                        + " order by unit_id")
                .params(Map.of("org", ORG, "request", request, "at", VersionedTable.timestamp(at))).query(String.class).list();
    }

    @AfterEach
    void removeRows() {
        jdbc.sql("delete from force_package_unit where org_code = :org").param("org", ORG).update();
    }

    @Test
    void replacingOneScopeLeavesTheOthersAndKeepsWhatItWas() {
        packages().replace(ORG, "R-A", List.of(unit("1", "ENG1"), unit("2", "ENG1")), FIRST);
        packages().replace(ORG, "R-B", List.of(unit("1", "MED1")), FIRST);

        var changes = packages().replace(ORG, "R-A", List.of(unit("1", "ENG1"), unit("3", "ENG1")), SECOND);

        assertThat(changes.unchanged()).isEqualTo(1);
        assertThat(unitsAt("R-A", SECOND)).containsExactly("1", "3");
        assertThat(unitsAt("R-A", FIRST)).as("as it stood before").containsExactly("1", "2");
        assertThat(unitsAt("R-B", SECOND)).as("another scope, untouched").containsExactly("1");
    }
}
