package org.entente.assistance.internal;

import java.util.List;
import java.util.Optional;
import org.entente.access.Actor;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.FiledRequests;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Component;

/** The filed requests a reader may read, under the same rule as the request pages ({@link AssistanceService#readable}). */
@Component
class ReadableFiledRequests implements FiledRequests {

    private final JdbcFiledRequests requests;

    ReadableFiledRequests(JdbcFiledRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<FiledRequest> readableBy(OrganizationCode organization, Actor reader) {
        return requests.rows(organization).stream()
                .filter(row -> AssistanceService.readable(organization, reader, row.status()))
                .map(row -> requests.find(organization, row.id()))
                .flatMap(Optional::stream)
                .filter(request -> AssistanceService.readable(organization, reader, request.status()))
                .toList();
    }
}
