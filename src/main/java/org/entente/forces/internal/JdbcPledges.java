package org.entente.forces.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.forces.Capability;
import org.entente.forces.Caveats;
import org.entente.forces.Equipment;
import org.entente.forces.GeoPoint;
import org.entente.forces.LeftOut;
import org.entente.forces.Pledge;
import org.entente.forces.PledgePolicies;
import org.entente.forces.PledgeTerms;
import org.entente.forces.Readiness;
import org.entente.command.Verdict;
import org.entente.forces.Transport;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pledged units: the pledge row with its current terms, readiness and version, and one
 * {@code pledge_change} row per change. {@link #save} writes a pledge's new changes over the version
 * it was read at, and only over that one; {@link #lock} reads one for a change, holding its row until
 * the transaction ends. Equipment and an edit's differences are kept as JSON.
 */
@Repository
class JdbcPledges {

    private static final TypeReference<List<Equipment>> EQUIPMENT = new TypeReference<>() {
    };
    private static final TypeReference<List<PledgeTerms.Difference>> DIFFERENCES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcPledges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * An organization's stored pledges: those that make a pledge, and those left out because their stored
     * values do not (written around the commands: a home base off the Earth, an unknown capability).
     */
    record Stored(List<Pledge> pledges, List<LeftOut> leftOut) {

        Stored {
            pledges = List.copyOf(pledges);
            leftOut = List.copyOf(leftOut);
        }

        /** The pledges fit to be counted, planned and drawn; those outside the bounds of their figures are left out too, with the reasons. */
        Stored countable() {
            var fit = new ArrayList<Pledge>();
            var out = new ArrayList<>(leftOut);
            for (Pledge pledge : pledges) {
                var refusals = PledgePolicies.refusals(PledgePolicies.withinBounds(pledge.terms()));
                if (refusals.isEmpty()) {
                    fit.add(pledge);
                } else {
                    out.add(new LeftOut(String.valueOf(pledge.id()), pledge.terms().designation(),
                            String.join("; ", refusals.stream().map(Verdict.Refused::reason).toList())));
                }
            }
            return new Stored(fit, out);
        }
    }

    /** Every pledge of the organization, withdrawn and expired ones included, by id; a row that makes no pledge is left out, with why. */
    Stored all(OrganizationCode organization) {
        Map<Long, List<Pledge.Change>> changes = new HashMap<>();
        Map<Long, String> oddChanges = new HashMap<>();
        jdbc.sql("select c.* from pledge_change c join pledge p on p.id = c.pledge_id where p.org_code = :org order by c.pledge_id, c.seq")
                .param("org", organization.value())
                .query(rs -> {
                    try {
                        changes.computeIfAbsent(rs.getLong("pledge_id"), id -> new ArrayList<>()).add(change(rs));
                    } catch (RuntimeException odd) {
                        oddChanges.putIfAbsent(rs.getLong("pledge_id"), "a change of it is not sound: " + odd.getMessage());
                    }
                });
        var pledges = new ArrayList<Pledge>();
        var leftOut = new ArrayList<LeftOut>();
        jdbc.sql("select * from pledge where org_code = :org order by id")
                .param("org", organization.value())
                .query(rs -> {
                    long id = rs.getLong("id");
                    try {
                        if (oddChanges.containsKey(id)) {
                            throw new IllegalStateException(oddChanges.get(id));
                        }
                        pledges.add(pledge(rs, organization, changes.getOrDefault(id, List.of())));
                    } catch (RuntimeException odd) {
                        leftOut.add(new LeftOut(String.valueOf(id), rs.getString("designation"), "its stored values make no pledge"
                                + (rs.getBoolean("withdrawn") ? " (withdrawn)" : "") + ": " + odd.getMessage()));
                    }
                });
        return new Stored(pledges, leftOut);
    }

    /** A stored pledge whose values make no pledge (written around the commands): it cannot be read or changed, only withdrawn. */
    static final class Unsound extends RuntimeException {
        Unsound(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The pledge; {@link Unsound} where its stored values make no pledge. */
    Optional<Pledge> find(OrganizationCode organization, long id) {
        return load(organization, id, "");
    }

    /** The pledge, its row locked against concurrent changes until the transaction ends; {@link Unsound} where its stored values make no pledge. */
    Optional<Pledge> lock(OrganizationCode organization, long id) {
        return load(organization, id, " for update");
    }

    private Optional<Pledge> load(OrganizationCode organization, long id, String lock) {
        return jdbc.sql("select * from pledge where org_code = :org and id = :id" + lock)
                .param("org", organization.value())
                .param("id", id)
                .query((rs, n) -> {
                    try {
                        return pledge(rs, organization, jdbc.sql("select * from pledge_change where pledge_id = :id order by seq")
                                .param("id", id)
                                .query((change, m) -> change(change))
                                .list());
                    } catch (RuntimeException odd) {
                        throw new Unsound("the stored pledge " + id + " cannot be read: its stored values make no pledge (" + odd.getMessage() + ")", odd);
                    }
                })
                .optional();
    }

    /** What a withdrawal needs of a stored pledge, read without its terms: whose it is, its rung, whether it was withdrawn, and its version. */
    record Standing(long id, OrganizationCode organization, StateCode state, Readiness readiness, boolean withdrawn, int version) {

        /** The pledge withdrawn: one change more. */
        Standing withdraw() {
            return new Standing(id, organization, state, readiness, true, version + 1);
        }
    }

    /** The standing of a stored pledge, its row locked until the transaction ends; {@link Unsound} where even that cannot be read. */
    Optional<Standing> lockStanding(OrganizationCode organization, long id) {
        return jdbc.sql("select id, state_code, readiness, withdrawn, version from pledge where org_code = :org and id = :id for update")
                .param("org", organization.value())
                .param("id", id)
                .query((rs, n) -> {
                    try {
                        return new Standing(id, organization, StateCode.of(rs.getString("state_code")), Coded.fromCode(Readiness.class, rs.getString("readiness")),
                                rs.getBoolean("withdrawn"), rs.getInt("version"));
                    } catch (RuntimeException odd) {
                        throw new Unsound("the stored pledge " + id + " cannot be read, not even whose it is (" + odd.getMessage() + ")", odd);
                    }
                })
                .optional();
    }

    /**
     * Withdraws a stored pledge from its standing alone (its terms stay as stored): marks it withdrawn at the
     * next version and appends the change. Returns false, writing nothing, if it is no longer at {@code before}'s version.
     */
    boolean withdraw(Standing before, String by, Instant at) {
        Standing after = before.withdraw();
        int updated = jdbc.sql("update pledge set withdrawn = :withdrawn, version = :version where id = :id and version = :was")
                .param("withdrawn", true)
                .param("version", after.version())
                .param("id", before.id())
                .param("was", before.version())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("insert into pledge_change (pledge_id, seq, action, readiness, by_name, at, changes) values (:id, :seq, :action, :readiness, :by, :at, null)")
                .param("id", before.id())
                .param("seq", after.version())
                .param("action", Pledge.Action.WITHDRAW.code())
                .param("readiness", before.readiness().code())
                .param("by", by)
                .param("at", timestamp(at))
                .update();
        return true;
    }

    /** Stores a new pledge; the pledge with the id it was given. */
    Pledge insert(Pledge pledge) {
        var key = new GeneratedKeyHolder();
        terms(jdbc.sql("""
                        insert into pledge (org_code, state_code, pool_key, designation, capability, personnel, equipment, notice_to_move_hours,
                            base_lat, base_lon, transport, no_combat, national_cap, expires_on, readiness, withdrawn, version)
                        values (:org, :state, :pool, :designation, :capability, :personnel, :equipment, :notice, :lat, :lon, :transport,
                            :noCombat, :cap, :expires, :readiness, :withdrawn, :version)""")
                .param("org", pledge.organization().value())
                .param("state", pledge.state().value()), pledge)
                .update(key, "id");
        Pledge stored = pledge.withId(key.getKeyAs(Number.class).longValue());
        insertChanges(stored, 0);
        return stored;
    }

    /**
     * Writes {@code after} over {@code before}: its terms, readiness, version and new changes. Returns
     * false, writing nothing, if the stored pledge is no longer at {@code before}'s version.
     */
    boolean save(Pledge before, Pledge after) {
        int updated = terms(jdbc.sql("""
                        update pledge set pool_key = :pool, designation = :designation, capability = :capability, personnel = :personnel,
                            equipment = :equipment, notice_to_move_hours = :notice, base_lat = :lat, base_lon = :lon, transport = :transport,
                            no_combat = :noCombat, national_cap = :cap, expires_on = :expires, readiness = :readiness, withdrawn = :withdrawn,
                            version = :version
                        where id = :id and version = :was""")
                .param("id", after.id())
                .param("was", before.version()), after)
                .update();
        if (updated == 0) {
            return false;
        }
        insertChanges(after, before.version());
        return true;
    }

    private JdbcClient.StatementSpec terms(JdbcClient.StatementSpec statement, Pledge pledge) {
        PledgeTerms terms = pledge.terms();
        return statement
                .param("pool", terms.poolId())
                .param("designation", terms.designation())
                .param("capability", terms.capability().name())
                .param("personnel", terms.personnel())
                .param("equipment", terms.equipment().isEmpty() ? null : json.writeValueAsString(terms.equipment()))
                .param("notice", terms.noticeToMoveHours())
                .param("lat", terms.homeBase().lat())
                .param("lon", terms.homeBase().lon())
                .param("transport", terms.transport().name())
                .param("noCombat", terms.caveats().noCombat())
                .param("cap", terms.caveats().nationalCapPersonnel())
                .param("expires", terms.expiresOn())
                .param("readiness", pledge.readiness().code())
                .param("withdrawn", pledge.withdrawn())
                .param("version", pledge.version());
    }

    private void insertChanges(Pledge pledge, int from) {
        for (int seq = from; seq < pledge.history().size(); seq++) {
            Pledge.Change change = pledge.history().get(seq);
            jdbc.sql("insert into pledge_change (pledge_id, seq, action, readiness, by_name, at, changes) values (:id, :seq, :action, :readiness, :by, :at, :changes)")
                    .param("id", pledge.id())
                    .param("seq", seq + 1)
                    .param("action", change.action().code())
                    .param("readiness", change.readiness().code())
                    .param("by", change.by())
                    .param("at", timestamp(change.at()))
                    .param("changes", change.differences().isEmpty() ? null : json.writeValueAsString(change.differences()))
                    .update();
        }
    }

    private Pledge pledge(ResultSet rs, OrganizationCode organization, List<Pledge.Change> history) throws SQLException {
        String equipment = rs.getString("equipment");
        int cap = rs.getInt("national_cap");
        Integer nationalCap = rs.wasNull() ? null : cap;
        var terms = new PledgeTerms(rs.getString("pool_key"), rs.getString("designation"), Capability.valueOf(rs.getString("capability")),
                rs.getInt("personnel"), equipment == null ? List.of() : json.readValue(equipment, EQUIPMENT), rs.getInt("notice_to_move_hours"),
                new GeoPoint(rs.getDouble("base_lat"), rs.getDouble("base_lon")), Transport.valueOf(rs.getString("transport")),
                new Caveats(rs.getBoolean("no_combat"), nationalCap), rs.getObject("expires_on", LocalDate.class));
        return new Pledge(rs.getLong("id"), organization, StateCode.of(rs.getString("state_code")), terms, history);
    }

    private Pledge.Change change(ResultSet rs) throws SQLException {
        String differences = rs.getString("changes");
        return new Pledge.Change(Coded.fromCode(Pledge.Action.class, rs.getString("action")), Coded.fromCode(Readiness.class, rs.getString("readiness")),
                rs.getString("by_name"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                differences == null ? List.of() : json.readValue(differences, DIFFERENCES));
    }
}
