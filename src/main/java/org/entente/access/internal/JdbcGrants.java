package org.entente.access.internal;

import java.util.List;
import org.entente.access.Grants;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One role grant inserted beside the account's others, or deleted leaving them (never through {@link JdbcAccounts#save}, which
 * replaces them all), and audited.
 */
@Repository
class JdbcGrants implements Grants {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcGrants(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public boolean grant(String username, RoleGrant grant, String actor, String role) {
        String state = grant.state() == null ? null : grant.state().value();
        int held = jdbc.sql("select count(*) from role_grant where username = :username and role = :role and org_code = :org and "
                        + (state == null ? "state_code is null" : "state_code = :state"))
                .param("username", username).param("role", grant.role().code()).param("org", grant.organization().value()).param("state", state)
                .query(Integer.class).single();
        if (held > 0) {
            return false;
        }
        jdbc.sql("insert into role_grant (username, role, org_code, state_code) values (:username, :role, :org, :state)")
                .param("username", username).param("role", grant.role().code()).param("org", grant.organization().value()).param("state", state)
                .update();
        audit.append(new AuditRecord(actor, role, grant.organization().value(), "account.grant", "account:" + username, null, null,
                "granted: " + grant.authority()));
        return true;
    }

    @Override
    public boolean revoke(String username, RoleGrant grant, String actor, String role) {
        String state = grant.state() == null ? null : grant.state().value();
        int deleted = jdbc.sql("delete from role_grant where username = :username and role = :role and org_code = :org and "
                        + (state == null ? "state_code is null" : "state_code = :state"))
                .param("username", username).param("role", grant.role().code()).param("org", grant.organization().value()).param("state", state)
                .update();
        if (deleted == 0) {
            return false;
        }
        audit.append(new AuditRecord(actor, role, grant.organization().value(), "account.revoke", "account:" + username, null, null,
                "revoked: " + grant.authority()));
        return true;
    }

    @Override
    public List<Held> heldIn(OrganizationCode organization) {
        return jdbc.sql("select distinct username, role, org_code, state_code from role_grant where org_code = :org order by username, role, state_code")
                .param("org", organization.value())
                .query((rs, rowNum) -> new Held(rs.getString("username"), new RoleGrant(Coded.fromCode(Role.class, rs.getString("role")),
                        OrganizationCode.of(rs.getString("org_code")), rs.getString("state_code") == null ? null : StateCode.of(rs.getString("state_code").trim()))))
                .list();
    }
}
