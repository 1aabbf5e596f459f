package org.entente.assistance;

import java.util.Optional;
import org.entente.register.OrganizationCode;

/** What other modules may ask of the council's decisions: the decision on a request filed in Entente, if decided. */
public interface Decisions {

    Optional<RequestState.Decided> of(OrganizationCode organization, String requestId);

    /** Whether the organization has a request of this id filed in Entente. */
    boolean filed(OrganizationCode organization, String requestId);
}
