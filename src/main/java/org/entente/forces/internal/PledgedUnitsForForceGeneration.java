package org.entente.forces.internal;

import java.time.LocalDate;
import java.util.List;
import org.entente.forcegeneration.AvailableUnits;
import org.entente.forcegeneration.PledgedUnit;
import org.entente.forces.Pledge;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** What force generation may plan with: the pledges valid on the date (not withdrawn, not expired), as pledged units. */
@Component
class PledgedUnitsForForceGeneration implements AvailableUnits {

    private final JdbcPledges pledges;

    PledgedUnitsForForceGeneration(JdbcPledges pledges) {
        this.pledges = pledges;
    }

    @Override
    public List<PledgedUnit> on(OrganizationCode organization, LocalDate date) {
        return pledges.all(organization).stream().filter(pledge -> pledge.validOn(date)).map(Pledge::asPledgedUnit).toList();
    }
}
