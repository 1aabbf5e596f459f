package org.entente.exercise.scenario.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.entente.access.Actor;
import org.entente.command.Refusal;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The shipped scenarios ({@code src/main/resources/scenarios/}), imported into the CSTO's library as the system once the
 * application is ready (after the built-in datasets, which register the CSTO): each one only while the library holds no
 * scenario of its name, so that versions imported since are kept across restarts. Nothing is imported where the CSTO is not
 * registered; {@code entente.scenarios.built-in=false} imports none. The replays of {@link #REPLAYS} ship too, generated from the
 * CSTO's record as imported ({@link CrisisReplay}), each while the library holds none of its name. One that does not import (the CSTO's record corrected since
 * no longer has a clause it cites) is logged as an error, and the application runs without it.
 */
@Component
class BuiltInScenarios {

    private static final Logger log = LoggerFactory.getLogger(BuiltInScenarios.class);

    static final OrganizationCode ORGANIZATION = OrganizationCode.of("CSTO");
    /** The shipped scenarios, by name (each in {@code scenarios/<name>.json}). */
    static final List<String> NAMES = List.of("CSTO-FLOOD-KGZ", "CSTO-BORDER-TJK");
    /** The recorded requests whose replays ship, generated from the CSTO's record as imported (docs/replay.md). */
    static final List<String> REPLAYS = List.of("KAZ-2022");

    private final boolean enabled;
    private final ScenarioService service;
    private final ScenarioReplayService replays;
    private final JdbcScenarios library;
    private final Register register;
    private final ResourceLoader resources;
    private final Clock clock;

    BuiltInScenarios(@Value("${entente.scenarios.built-in:true}") boolean enabled, ScenarioService service, ScenarioReplayService replays,
                     JdbcScenarios library, Register register,
                     ResourceLoader resources, Clock clock) {
        this.enabled = enabled;
        this.service = service;
        this.replays = replays;
        this.library = library;
        this.register = register;
        this.resources = resources;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importShipped() {
        if (!enabled || register.organization(ORGANIZATION, clock.instant()).isEmpty()) {
            return;
        }
        for (String name : NAMES) {
            if (library.newest(ORGANIZATION, name).isPresent()) {
                continue;
            }
            importing(name, () -> service.importDocument(ORGANIZATION.value(), document(name), Actor.SYSTEM));
        }
        for (String request : REPLAYS) {
            String name = CrisisReplay.nameOf(request);
            if (library.newest(ORGANIZATION, name).isEmpty()) {
                importing(name, () -> replays.replay(ORGANIZATION.value(), request, CrisisReplay.DEFAULT_SPEED, Actor.SYSTEM));
            }
        }
    }

    private void importing(String name, Runnable importing) {
        try {
            importing.run();
            log.info("Imported the shipped scenario {} into the library of {}", name, ORGANIZATION);
        } catch (Refusal refusal) {
            // Another instance imported it at the same moment (409), or the CSTO's record no longer has what it cites (a test
            // imports each shipped scenario into the shipped record; a replay needs its request in the record): the application runs
            // without it.
            if (refusal.reason() != Refusal.Reason.CONFLICT) {
                log.error("The shipped scenario {} does not import into the library of {}: {} {}", name, ORGANIZATION, refusal.detail(), refusal.errors());
            }
        }
    }

    /** The shipped document of the scenario {@code name}. */
    byte[] document(String name) {
        try (InputStream in = resources.getResource("classpath:scenarios/" + name + ".json").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped scenario " + name, e);
        }
    }
}
