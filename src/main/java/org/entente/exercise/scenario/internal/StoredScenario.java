package org.entente.exercise.scenario.internal;

import java.time.Duration;
import java.time.Instant;
import org.entente.register.OrganizationCode;

/**
 * One imported version of a scenario in an organization's library: the document as imported (compact JSON) and its SHA-256,
 * what the list shows of it (title, injects, duration), and when and by whom it was imported.
 */
record StoredScenario(OrganizationCode organization, String name, int version, String document, String digest, String title, int injects,
                      Duration duration, Instant importedAt, String importedBy) {
}
