package org.entente.assistance;

import java.util.Optional;
import org.entente.register.OrganizationCode;

/** What other modules may ask of the council's decisions: the decision on a request filed in Entente, if decided. */
public interface Decisions {

    Optional<RequestState.Decided> of(OrganizationCode organization, String requestId);

    /** The request of this id filed in Entente, with its history: who asked, and how the council decided. */
    Optional<FiledRequest> request(OrganizationCode organization, String requestId);

    /** Whether the organization has a request of this id filed in Entente. */
    boolean filed(OrganizationCode organization, String requestId);

    /**
     * Holds the row lock of a request filed in Entente until the caller's transaction ends, so that
     * commands on what hangs off one request (its requirements, its force package) run one after the
     * other; false (and nothing held) if there is no such request.
     */
    boolean lock(OrganizationCode organization, String requestId);
}
