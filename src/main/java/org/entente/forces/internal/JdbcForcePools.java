package org.entente.forces.internal;

import static org.entente.provenance.history.VersionedTable.joinIds;
import static org.entente.provenance.history.VersionedTable.splitIds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.entente.forces.Capability;
import org.entente.forces.CapacityGoal;
import org.entente.forces.ForcePool;
import org.entente.forces.ForcePools;
import org.entente.forces.PoolKind;
import org.entente.provenance.ChangeCount;
import org.entente.provenance.history.StoredTranslations;
import org.entente.provenance.history.VersionedTable.Row;
import org.entente.provenance.history.VersionedTable;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The force pools in the versioned table {@code force_pool}; capacity goals as {@code CAPABILITY:personnel:units}, comma-separated. */
@Repository
class JdbcForcePools implements ForcePools {

    private final JdbcClient jdbc;
    private final VersionedTable table;

    JdbcForcePools(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new VersionedTable(jdbc, "force_pool", List.of("name", "kind", "established", "established_text", "personnel_min",
                "personnel_max", "personnel_approx", "capacity_goals", "source_ids", StoredTranslations.COLUMN));
    }

    @Override
    public List<ForcePool> all(OrganizationCode organization, Instant recordedAt) {
        return jdbc.sql("select * from force_pool where org_code = :org and " + VersionedTable.CURRENT_AT + " order by established, record_key")
                .param("org", organization.value())
                .param("at", VersionedTable.timestamp(recordedAt))
                .query(JdbcForcePools::pool)
                .list();
    }

    @Override
    public ChangeCount replace(OrganizationCode organization, List<ForcePool> pools, Instant at) {
        return table.replace(organization.value(), pools.stream().map(JdbcForcePools::row).toList(), at);
    }

    private static Row row(ForcePool pool) {
        var values = new HashMap<String, Object>();
        values.put("name", pool.name());
        values.put("kind", pool.kind().code());
        values.put("established", pool.established().date());
        values.put("established_text", pool.established().toString());
        values.put("personnel_min", pool.personnelMin());
        values.put("personnel_max", pool.personnelMax());
        values.put("personnel_approx", pool.personnelApprox());
        values.put("capacity_goals", pool.capacityGoals().isEmpty() ? null : joinIds(pool.capacityGoals().stream()
                .map(goal -> goal.capability().name() + ":" + goal.personnel() + ":" + goal.units()).toList()));
        values.put("source_ids", joinIds(pool.sources()));
        values.put(StoredTranslations.COLUMN, StoredTranslations.column(pool.translations()));
        return new Row(pool.id(), values);
    }

    private static ForcePool pool(ResultSet rs, int rowNum) throws SQLException {
        List<CapacityGoal> goals = splitIds(rs.getString("capacity_goals")).stream().map(goal -> {
            String[] parts = goal.split(":");
            return new CapacityGoal(Capability.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }).toList();
        return new ForcePool(rs.getString("record_key"), rs.getString("name"), Coded.fromCode(PoolKind.class, rs.getString("kind")),
                PartialDate.parse(rs.getString("established_text")), integer(rs, "personnel_min"), integer(rs, "personnel_max"),
                integer(rs, "personnel_approx"), goals, splitIds(rs.getString("source_ids")),
                StoredTranslations.read(rs.getString(StoredTranslations.COLUMN)));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
