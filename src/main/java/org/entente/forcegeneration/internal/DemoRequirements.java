package org.entente.forcegeneration.internal;

import java.time.Clock;
import java.util.List;
import org.entente.access.Actor;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.Decisions;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RequestEvent;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.StatementOfRequirements;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.provenance.Illustrative;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's statement of requirements, only in the {@code demo} profile: when the system's illustrative request (its
 * description starting {@link Illustrative#PREFIX}, filed by the system) is decided to deploy forces, the system states what it needs
 * in the Batken Region, through force generation's own command and audit trail, so that a newcomer only has to run the
 * planner. The lines are chosen so that the demo's illustrative pledges give the planner a real choice: infantry for
 * combat tasks within 48 hours (a Tajik battalion is excluded by its no-combat caveat, a Kazakh one arrives at 49 h),
 * medical and engineers from several states.
 */
@Component
@Profile("demo")
class DemoRequirements {

    private static final Logger log = LoggerFactory.getLogger(DemoRequirements.class);

    static final StatementOfRequirements STATEMENT = new StatementOfRequirements(new GeoPoint(40.06, 70.82), List.of(
            new Requirement("INF1", Capability.INF, true, 48, 800, 2),
            new Requirement("MED1", Capability.MED, false, 60, 80, 1),
            new Requirement("ENG1", Capability.ENG, false, 48, 150, 2)));

    private final ForceGenerationService forceGeneration;
    private final JdbcForceGeneration store;
    private final Decisions decisions;
    private final Register register;
    private final Clock clock;

    DemoRequirements(ForceGenerationService forceGeneration, JdbcForceGeneration store, Decisions decisions, Register register, Clock clock) {
        this.forceGeneration = forceGeneration;
        this.store = store;
        this.decisions = decisions;
        this.register = register;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RequestEvent.RequestDecided decided) {
        OrganizationCode code = OrganizationCode.of(decided.organization());
        if (!Actor.SYSTEM.name().equals(decided.by()) || !DecisionKind.DEPLOY_FORCES.code().equals(decided.decision())
                || !decisions.request(code, decided.requestId()).map(DemoRequirements::illustrative).orElse(false)
                || store.requirements(code, decided.requestId()).isPresent()) {
            return;
        }
        var organization = register.organization(code, clock.instant()).orElseThrow();
        forceGeneration.putRequirements(organization, Actor.SYSTEM, decided.requestId(), STATEMENT);
        log.info("Demo: stated the illustrative requirements of request {} ({} lines); open its force generation and run the planner",
                decided.requestId(), STATEMENT.requirements().size());
    }

    private static boolean illustrative(FiledRequest request) {
        return Actor.SYSTEM.name().equals(request.filedBy()) && Illustrative.marks(request.description());
    }
}
