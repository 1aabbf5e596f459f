package org.entente.assistance;

import java.time.Instant;
import java.util.List;
import org.entente.provenance.ChangeCount;
import org.entente.register.OrganizationCode;

/**
 * The historical requests of an organization, as its dataset records them: read at any recorded instant,
 * and replaced whole by an import (changed records supersede, absent ones are retired, nothing is lost).
 */
public interface RecordedRequests {

    List<RecordedRequest> all(OrganizationCode organization, Instant recordedAt);

    ChangeCount replace(OrganizationCode organization, List<RecordedRequest> requests, Instant at);
}
