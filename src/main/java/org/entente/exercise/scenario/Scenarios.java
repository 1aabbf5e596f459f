package org.entente.exercise.scenario;

import java.util.Optional;
import java.util.OptionalInt;
import org.entente.register.OrganizationCode;

/**
 * An organization's library of scenarios, as exercises read it: the newest version's number of a scenario (what an exercise made for
 * it runs), and one version, parsed or as stored: an exercise runs the version it was made with.
 */
public interface Scenarios {

    /** The number of the newest version of the scenario {@code name} in the library of {@code organization}, if it holds one. */
    OptionalInt newestVersion(OrganizationCode organization, String name);

    /** The version {@code version} of the scenario {@code name} in the library of {@code organization}, if it holds it. */
    Optional<Scenario> scenario(OrganizationCode organization, String name, int version);

    /** That version's document as stored (compact JSON in the scenario format), if the library holds it. */
    Optional<String> document(OrganizationCode organization, String name, int version);
}
