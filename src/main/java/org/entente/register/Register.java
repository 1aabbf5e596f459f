package org.entente.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.provenance.ChangeCount;

/**
 * The register's questions. Each takes the instant at which to read the register: the present for
 * the current record, or an earlier instant to see it as it stood before later corrections.
 */
public interface Register {

    List<Organization> organizations(Instant recordedAt);

    Optional<Organization> organization(OrganizationCode code, Instant recordedAt);

    /** The organization's whole content, or empty if it was not registered at that instant. */
    Optional<RegisterContent> content(OrganizationCode code, Instant recordedAt);

    Membership membership(OrganizationCode code, Instant recordedAt);

    List<ExclusivityConflict> exclusivityConflicts(OrganizationCode code, Instant recordedAt);

    /** Replaces the organization's content: changed records supersede the current ones, absent ones are retired, equal ones stay. */
    ChangeCount replace(RegisterContent content, Instant at);

}
