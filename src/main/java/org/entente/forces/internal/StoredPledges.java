package org.entente.forces.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.entente.access.Actor;
import org.entente.forces.Pledge;
import org.entente.forces.Pledges;
import org.entente.forces.Readiness;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.springframework.stereotype.Component;

/** The stored pledges as other modules read and copy them. */
@Component
class StoredPledges implements Pledges {

    private final JdbcPledges pledges;
    private final ForcesService service;
    private final Register register;
    private final Clock clock;

    StoredPledges(JdbcPledges pledges, ForcesService service, Register register, Clock clock) {
        this.pledges = pledges;
        this.service = service;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public List<Pledge> current(OrganizationCode organization, LocalDate day) {
        return pledges.all(organization).countable().pledges().stream().filter(pledge -> pledge.validOn(day)).toList();
    }

    @Override
    public Pledge withdraw(OrganizationCode organization, long id, Actor actor) {
        Organization found = register.organizationNamed("organization", organization.value(), clock.instant());
        return service.withdraw(found, actor, id, null)
                .orElseThrow(() -> new IllegalStateException("pledge " + id + " of " + organization + " makes no pledge: withdrawn, but not readable"));
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
