package org.entente.assistance.internal;

import java.util.Optional;
import org.entente.assistance.Decisions;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RequestState;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** The decisions on requests filed in Entente, from their stored history. */
@Component
class JdbcDecisions implements Decisions {

    private final JdbcFiledRequests requests;

    JdbcDecisions(JdbcFiledRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<RequestState.Decided> of(OrganizationCode organization, String requestId) {
        return requests.find(organization, requestId).flatMap(FiledRequest::decision);
    }

    @Override
    public Optional<FiledRequest> request(OrganizationCode organization, String requestId) {
        return requests.find(organization, requestId);
    }

    @Override
    public boolean filed(OrganizationCode organization, String requestId) {
        return requests.find(organization, requestId).isPresent();
    }

    @Override
    public boolean lock(OrganizationCode organization, String requestId) {
        return requests.lock(organization, requestId).isPresent();
    }
}
