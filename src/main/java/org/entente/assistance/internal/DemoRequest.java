package org.entente.assistance.internal;

import java.time.Clock;
import java.util.List;
import org.entente.access.Actor;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.Vote;
import org.entente.command.Refusal;
import org.entente.provenance.Illustrative;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's illustrative request, made only in the {@code demo} profile ({@code ./mvnw spring-boot:run}) once the
 * application is ready: Kyrgyzstan asks for forces against armed extremists in a border town, and the council decides
 * to deploy them, every member in good standing voting for. The system takes each step through the crisis cycle's own
 * commands, policies and audit trail, so that a newcomer finds a decision to deploy to generate a force for (with the
 * demo's illustrative pledges). Its description starts {@link Illustrative#PREFIX}: it is invented, never a sourced request. A second
 * start finds it and adds nothing.
 */
@Component
@Profile("demo")
class DemoRequest {

    private static final Logger log = LoggerFactory.getLogger(DemoRequest.class);

    static final String DESCRIPTION = Illustrative.PREFIX + "a demo request, not a sourced record. Armed extremists hold a border town in the Batken "
            + "Region (theatre about 40.06, 70.82); Kyrgyzstan asks the CSTO for forces to restore order and to treat the wounded.";
    private static final OrganizationCode CSTO = OrganizationCode.of("CSTO");
    private static final StateCode REQUESTER = StateCode.of("KGZ");

    private final AssistanceService assistance;
    private final JdbcFiledRequests requests;
    private final Register register;
    private final Clock clock;

    DemoRequest(AssistanceService assistance, JdbcFiledRequests requests, Register register, Clock clock) {
        this.assistance = assistance;
        this.requests = requests;
        this.register = register;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void make() {
        var organization = register.organization(CSTO, clock.instant());
        if (organization.isEmpty()) {
            log.warn("Demo: no illustrative request made: the register has no {} (built-in datasets off?)", CSTO);
            return;
        }
        var existing = requests.rows(CSTO).stream().map(row -> requests.find(CSTO, row.id()).orElseThrow())
                .filter(request -> Actor.SYSTEM.name().equals(request.filedBy()) && Illustrative.marks(request.description())).findFirst();
        if (existing.isPresent()) {
            log.info("Demo: the illustrative request {} is already there", existing.get().id());
            return;
        }
        try {
            FiledRequest decided = decide(organization.get());
            log.info("Demo: made the illustrative request {} (illustrative, not a sourced request), decided: {}", decided.id(),
                    decided.decision().map(decision -> decision.decision().code()).orElse("no decision"));
        } catch (Refusal refused) {
            log.warn("Demo: the illustrative request could not be made: {}", refused.getMessage());
        }
    }

    private FiledRequest decide(Organization organization) {
        FiledRequest filed = assistance.file(organization, Actor.SYSTEM, new AssistanceService.Filing(REQUESTER, ThreatCategory.EXTREMISM, null,
                DESCRIPTION, List.of(Illustrative.PREFIX + "invented for the demo, no source"), true));
        FiledRequest convened = assistance.convene(organization, Actor.SYSTEM, filed.id(), null, null, DecisionKind.DEPLOY_FORCES);
        for (StateCode voter : convened.session().voters()) {
            assistance.vote(organization, Actor.SYSTEM, filed.id(), voter, Vote.FOR, null);
        }
        return assistance.closeSession(organization, Actor.SYSTEM, filed.id());
    }
}
