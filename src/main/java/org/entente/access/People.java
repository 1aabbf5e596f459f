package org.entente.access;

import java.util.List;
import java.util.Optional;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * The people who hold accounts, as other modules may ask of them when nobody is signed in (alerting decides who is told of
 * a step, and what each may read, after the step's own request has ended).
 */
public interface People {

    /** The account's holder as an actor with the grants they hold now; empty for an unknown or disabled account. */
    Optional<Actor> actor(String username);

    /** The enabled accounts holding {@code role} in {@code organization} (for {@code state}, any state when null), by name. */
    List<String> holding(Role role, OrganizationCode organization, StateCode state);
}
