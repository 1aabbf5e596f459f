package org.entente.assistance;

import java.util.List;
import org.entente.access.Actor;
import org.entente.register.OrganizationCode;

/**
 * What other modules may read of the requests filed in Entente, as a reader may read them: a decided or closed request is
 * public record; an open or withdrawn one is the organization's (its role holders').
 */
public interface FiledRequests {

    /** The organization's requests filed in Entente that {@code reader} may read, with their sessions, in the order received. */
    List<FiledRequest> readableBy(OrganizationCode organization, Actor reader);
}
