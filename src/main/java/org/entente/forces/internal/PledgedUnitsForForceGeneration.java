package org.entente.forces.internal;

import java.time.LocalDate;
import org.entente.forces.AvailableUnits;
import org.entente.forces.Pledge;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/**
 * What force generation may plan with: the pledges valid on the date (not withdrawn, not expired), as
 * pledged units; a pledge whose stored values are not sound is left out and named.
 */
@Component
class PledgedUnitsForForceGeneration implements AvailableUnits {

    private final JdbcPledges pledges;

    PledgedUnitsForForceGeneration(JdbcPledges pledges) {
        this.pledges = pledges;
    }

    /** The pledges valid on the date, each as a unit, and those left out because their stored values are not sound. */
    @Override
    public Units on(OrganizationCode organization, LocalDate date) {
        JdbcPledges.Stored countable = pledges.all(organization).countable();
        return new Units(countable.pledges().stream().filter(pledge -> pledge.validOn(date)).map(Pledge::asPledgedUnit).toList(), countable.leftOut());
    }
}
