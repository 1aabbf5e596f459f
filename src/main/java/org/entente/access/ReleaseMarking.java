package org.entente.access;

import java.util.Set;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * Who may read a record: everyone; the organization's people (members: anyone holding a role in it);
 * its council (council representatives and the secretariat); or those contributing to a mission (the
 * liaison officers and council representatives of the contributing states, and the secretariat).
 * Observers read restricted records of their organization ({@link #MEMBERS} and {@link #COUNCIL}).
 * The register's records (the historical record of treaties and membership) are {@link #PUBLIC}.
 */
public enum ReleaseMarking implements Coded {
    PUBLIC, MEMBERS, COUNCIL, CONTRIBUTORS;

    /**
     * Whether {@code actor} may read a record of {@code organization} with this marking; for
     * {@link #CONTRIBUTORS}, {@code contributors} are the states contributing to the mission.
     */
    public boolean readableBy(Actor actor, OrganizationCode organization, Set<StateCode> contributors) {
        if (this == PUBLIC || actor instanceof Actor.System) {
            return true;
        }
        return actor.grants().stream()
                .filter(grant -> grant.organization().equals(organization))
                .anyMatch(grant -> switch (this) {
                    case PUBLIC -> true;
                    case MEMBERS -> true;
                    case COUNCIL -> grant.role() != Role.LIAISON;
                    case CONTRIBUTORS -> grant.role() == Role.SECRETARIAT
                            || grant.role().actsForAState() && contributors.contains(grant.state());
                });
    }
}
