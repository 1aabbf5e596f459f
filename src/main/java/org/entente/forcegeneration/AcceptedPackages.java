package org.entente.forcegeneration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.forces.Capability;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/** The force packages accepted for requests: what a mission deploys when force generation was used. */
public interface AcceptedPackages {

    /** The package accepted for the request as it stands; empty before one is accepted. */
    Optional<AcceptedPackage> of(OrganizationCode organization, String requestId);

    /** A package accepted for a request: when and by whom, and its units. */
    record AcceptedPackage(String requestId, Instant acceptedAt, String acceptedBy, List<Unit> units) {
        public AcceptedPackage {
            Objects.requireNonNull(requestId, "request");
            Objects.requireNonNull(acceptedAt, "accepted at");
            Objects.requireNonNull(acceptedBy, "accepted by");
            units = List.copyOf(units);
        }
    }

    /** A unit of the package: its pledge's id and designation, its state, the capability it was chosen for, its personnel and ETA. */
    record Unit(String unitId, String designation, StateCode state, Capability capability, int personnel, int etaHours) {
        public Unit {
            Objects.requireNonNull(unitId, "unit");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(capability, "capability");
        }
    }
}
