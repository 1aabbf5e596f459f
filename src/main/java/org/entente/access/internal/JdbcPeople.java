package org.entente.access.internal;

import java.util.List;
import java.util.Optional;
import org.entente.access.Actor;
import org.entente.access.People;
import org.entente.access.Role;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link People} from the accounts and their role grants on the database. */
@Component
class JdbcPeople implements People {

    private final JdbcAccounts accounts;
    private final JdbcClient jdbc;

    JdbcPeople(JdbcAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Actor> actor(String username) {
        return accounts.find(username).filter(Account::enabled).map(account -> new Actor.Person(account.username(), account.actingGrants()));
    }

    @Override
    public List<String> holding(Role role, OrganizationCode organization, StateCode state) {
        return jdbc.sql("select distinct g.username from role_grant g join account a on a.username = g.username "
                        + "where a.enabled and g.role = :role and g.org_code = :org and (cast(:state as varchar) is null or g.state_code = :state) "
                        + "order by g.username")
                .param("role", role.code()).param("org", organization.value()).param("state", state == null ? null : state.value())
                .query(String.class).list();
    }
}
