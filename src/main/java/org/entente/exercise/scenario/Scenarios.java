package org.entente.exercise.scenario;

import java.util.Optional;
import org.entente.register.OrganizationCode;

/** An organization's library of scenarios, as the exercises' runner reads it: a scenario by its name, as its newest version has it. */
public interface Scenarios {

    /** The newest version of the scenario {@code name} in the library of {@code organization}, if it holds one. */
    Optional<Scenario> scenario(OrganizationCode organization, String name);

    /** The version {@code version} of the scenario {@code name} in the library of {@code organization}, if it holds it: an exercise runs the version it was made with. */
    Optional<Scenario> scenario(OrganizationCode organization, String name, int version);
}
