package org.entente.forces.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.entente.forces.Pledge;
import org.entente.forces.Pledges;
import org.entente.forces.Readiness;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** The stored pledges as other modules read and copy them. */
@Component
class StoredPledges implements Pledges {

    private final JdbcPledges pledges;

    StoredPledges(JdbcPledges pledges) {
        this.pledges = pledges;
    }

    @Override
    public List<Copied> copy(OrganizationCode from, OrganizationCode to, String by, Instant at) {
        return pledges.all(from).pledges().stream()
                .filter(pledge -> !pledge.withdrawn())
                .map(pledge -> new Copied(pledge.id(), pledges.insert(pledge.copyInto(to, by, at)).id()))
                .toList();
    }

    @Override
    public List<Pledge> awaitingVerification(OrganizationCode organization, LocalDate day) {
        return pledges.all(organization).pledges().stream()
                .filter(pledge -> pledge.readiness() == Readiness.PLEDGED && pledge.validOn(day))
                .sorted(Comparator.comparing((Pledge pledge) -> pledge.history().getLast().at()).thenComparing(Pledge::id))
                .toList();
    }
}
