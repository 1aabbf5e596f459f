package org.entente.exercise.scenario.internal;

import java.time.Instant;

/**
 * A scenario of a library as the API lists it: its name, title, version (the newest, in the list), how many injects it has and how
 * long it runs on its clock (an ISO 8601 duration), when and by whom this version was imported, and the address of its document.
 */
record ScenarioSummary(String organization, String name, String title, int version, int injects, String duration, Instant importedAt,
                       String importedBy, String document) {

    static ScenarioSummary of(StoredScenario stored) {
        return new ScenarioSummary(stored.organization().value(), stored.name(), stored.title(), stored.version(), stored.injects(),
                stored.duration().toString(), stored.importedAt(), stored.importedBy(), ScenariosApi.address(stored));
    }
}
