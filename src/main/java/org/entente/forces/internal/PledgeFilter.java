package org.entente.forces.internal;

import java.util.List;
import org.entente.forces.Capability;
import org.entente.forces.Pledge;
import org.entente.forces.Readiness;
import org.entente.register.StateCode;

/** The pledge list's filters, each checked (a bad value names its parameter) and each optional. */
record PledgeFilter(String pool, StateCode state, Capability capability, Readiness readiness) {

    static PledgeFilter of(String pool, String state, String capability, String readiness) {
        return new PledgeFilter(blank(pool) ? null : pool.strip(), blank(state) ? null : PledgeForms.state(state.strip()),
                blank(capability) ? null : PledgeForms.capability(capability),
                blank(readiness) ? null : PledgeForms.readiness(readiness));
    }

    List<Pledge> apply(List<Pledge> all) {
        return all.stream()
                .filter(pledge -> pool == null || pool.equals(pledge.terms().poolId()))
                .filter(pledge -> state == null || state.equals(pledge.state()))
                .filter(pledge -> capability == null || capability == pledge.terms().capability())
                .filter(pledge -> readiness == null || readiness == pledge.readiness())
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
