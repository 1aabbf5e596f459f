package org.entente.access.internal;

import static org.entente.provenance.history.VersionedTable.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.entente.access.Role;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.access.RoleGrant;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their role grants on the database. */
@Repository
class JdbcAccounts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcAccounts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Optional<Account> find(String username) {
        List<RoleGrant> grants = jdbc.sql("select role, org_code, state_code from role_grant where username = :username order by id")
                .param("username", username)
                .query((rs, n) -> new RoleGrant(Coded.fromCode(Role.class, rs.getString("role")), OrganizationCode.of(rs.getString("org_code")),
                        rs.getString("state_code") == null ? null : StateCode.of(rs.getString("state_code").trim())))
                .list();
        return jdbc.sql("select * from account where username = :username")
                .param("username", username)
                .query((rs, n) -> {
                    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                            rs.getBoolean("enabled"), rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant(), grants);
                })
                .optional();
    }

    /**
     * Creates the account with its grants, or replaces the grants of an existing one (the password is
     * set only on creation), on the audit trail as done by {@code actor} in the role {@code role}.
     */
    @Transactional
    void save(String username, String displayName, String passwordHash, List<RoleGrant> grants, Instant now, String actor, String role) {
        int updated = jdbc.sql("update account set display_name = :name where username = :username")
                .param("name", displayName).param("username", username).update();
        if (updated == 0) {
            jdbc.sql("insert into account (username, display_name, password_hash, enabled, failed_sign_ins, created_at) "
                            + "values (:username, :name, :hash, true, 0, :now)")
                    .param("username", username).param("name", displayName).param("hash", passwordHash).param("now", timestamp(now))
                    .update();
        }
        jdbc.sql("delete from role_grant where username = :username").param("username", username).update();
        for (RoleGrant grant : grants) {
            jdbc.sql("insert into role_grant (username, role, org_code, state_code) values (:username, :role, :org, :state)")
                    .param("username", username).param("role", grant.role().code()).param("org", grant.organization().value())
                    .param("state", grant.state() == null ? null : grant.state().value())
                    .update();
        }
        audit.append(new AuditRecord(actor, role, null, updated == 0 ? "account.create" : "account.update", "account:" + username, null, null,
                "roles: " + (grants.isEmpty() ? "none" : grants.stream().map(RoleGrant::authority).reduce((a, b) -> a + ", " + b).orElseThrow())));
    }

    /**
     * Counts a failed sign-in; from the fifth in a row the account is locked for a while that doubles
     * with each further failure, up to an hour. The count goes up in one statement, which holds the row
     * until the transaction ends, so parallel guesses are all counted.
     */
    @Transactional
    void signInFailed(String username, Instant now) {
        int updated = jdbc.sql("update account set failed_sign_ins = failed_sign_ins + 1 where username = :username")
                .param("username", username).update();
        if (updated == 0) {
            return;
        }
        int count = jdbc.sql("select failed_sign_ins from account where username = :username")
                .param("username", username).query(Integer.class).single();
        Instant lockedUntil = count < 5 ? null : now.plusSeconds(Math.min(3600, 30L << Math.min(count - 5, 7)));
        jdbc.sql("update account set locked_until = :locked where username = :username")
                .param("locked", lockedUntil == null ? null : timestamp(lockedUntil)).param("username", username)
                .update();
    }

    void signedIn(String username) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where username = :username")
                .param("username", username).update();
    }
}
