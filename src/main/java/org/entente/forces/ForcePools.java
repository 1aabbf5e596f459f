package org.entente.forces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.provenance.ChangeCount;
import org.entente.register.OrganizationCode;

/**
 * The force pools of an organization, as its dataset records them: read at any recorded instant, and
 * replaced whole by an import (changed pools supersede, absent ones are retired, nothing is lost).
 */
public interface ForcePools {

    List<ForcePool> all(OrganizationCode organization, Instant recordedAt);

    default Optional<ForcePool> find(OrganizationCode organization, String id, Instant recordedAt) {
        return all(organization, recordedAt).stream().filter(pool -> pool.id().equals(id)).findFirst();
    }

    ChangeCount replace(OrganizationCode organization, List<ForcePool> pools, Instant at);
}
