package org.entente.forces.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.forces.Caveats;
import org.entente.forces.Equipment;
import org.entente.forces.GeoPoint;
import org.entente.forces.Pledge;
import org.entente.forces.PledgeTerms;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's illustrative pledge catalogue ({@code demo/csto-pledges.json}), loaded only in the {@code demo} profile
 * (which {@code ./mvnw spring-boot:run} uses), once the application is ready (after the built-in datasets, whose pools
 * it pledges to): each unit is pledged by the system through the pledges' own command, policies and audit trail, unless
 * a pledge of its designation is already there (withdrawn ones too), so a second start adds nothing and a unit the
 * secretariat withdrew stays withdrawn. Every unit's designation carries {@link PledgeTerms#ILLUSTRATIVE_PREFIX}: the
 * units are invented for the demo, never a state's sourced pledge, and pledges are never part of the dataset export.
 */
@Component
@Profile("demo")
class DemoPledges {

    private static final Logger log = LoggerFactory.getLogger(DemoPledges.class);
    static final String CATALOGUE = "classpath:demo/csto-pledges.json";

    /** The catalogue as the file holds it: what it is, whose, for how long each pledge stands from its loading, and the units. */
    record Catalogue(String about, String organization, int validForDays, List<Unit> pledges) {
    }

    /** One illustrative unit, by the pledges' API names. */
    record Unit(String state, String pool, String designation, String capability, Integer personnel, List<Equipment> equipment,
                Integer noticeToMoveHours, GeoPoint homeBase, String transport, Caveats caveats) {
    }

    private final ForcesService forces;
    private final JdbcPledges pledges;
    private final Register register;
    private final ResourceLoader resources;
    private final JsonMapper json;
    private final Clock clock;

    DemoPledges(ForcesService forces, JdbcPledges pledges, Register register, ResourceLoader resources, JsonMapper json, Clock clock) {
        this.forces = forces;
        this.pledges = pledges;
        this.register = register;
        this.resources = resources;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        Catalogue catalogue = read();
        OrganizationCode code = OrganizationCode.of(catalogue.organization());
        var organization = register.organization(code, clock.instant());
        if (organization.isEmpty()) {
            log.warn("Demo: the illustrative pledge catalogue was not loaded: the register has no {} (built-in datasets off?)", code);
            return;
        }
        int added = load(organization.get(), catalogue);
        log.info("Demo: loaded {} illustrative pledges of {} from {} ({} already there); illustrative, not sourced pledges", added, code,
                CATALOGUE, catalogue.pledges().size() - added);
    }

    /** Pledges the catalogue's units the organization does not have yet; how many it pledged. */
    private int load(Organization organization, Catalogue catalogue) {
        Set<String> there = pledges.all(organization.code()).pledges().stream().map(Pledge::terms).map(PledgeTerms::designation)
                .collect(Collectors.toSet());
        String expiresOn = ForcesService.day(clock.instant()).plusDays(catalogue.validForDays()).toString();
        int added = 0;
        for (Unit unit : catalogue.pledges()) {
            PledgeTerms terms = PledgeForms.terms(new PledgeForms.Submitted(unit.pool(), unit.designation(), unit.capability(), unit.personnel(),
                    unit.equipment(), unit.noticeToMoveHours(), unit.homeBase().lat(), unit.homeBase().lon(), unit.transport(),
                    unit.caveats() != null && unit.caveats().noCombat(), unit.caveats() == null ? null : unit.caveats().nationalCapPersonnel(),
                    expiresOn));
            if (!terms.illustrative()) {
                throw new IllegalStateException("every unit of the demo's catalogue is marked illustrative; this one is not: " + unit.designation());
            }
            if (there.contains(terms.designation())) {
                continue;
            }
            forces.create(organization, Actor.SYSTEM, StateCode.of(unit.state()), terms);
            added++;
        }
        return added;
    }

    private Catalogue read() {
        try (InputStream in = resources.getResource(CATALOGUE).getInputStream()) {
            return json.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOGUE, e);
        }
    }
}
