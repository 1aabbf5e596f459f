package org.entente.forcegeneration.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forces.LeftOut;

/**
 * What a request is planned from: its statement of requirements with the units pledged and valid on the
 * day and the members in good standing (the problem), each unit's designation, and the pledges left out
 * because their stored values are not sound. A job keeps the one it was planned from, so that it is
 * explained against that data, whatever the pledges are today.
 */
record Planning(ForceProblem problem, Map<String, String> designations, List<LeftOut> leftOut) {

    Planning {
        Objects.requireNonNull(problem, "problem");
        designations = Collections.unmodifiableMap(new HashMap<>(designations)); // a designation may be null
        leftOut = List.copyOf(leftOut);
        for (var unit : problem.units()) {
            if (!designations.containsKey(unit.id())) {
                throw new IllegalArgumentException("no designation for unit " + unit.id());
            }
        }
    }

    /** Whether unit {@code id} is in the problem. */
    boolean has(String unit) {
        return designations.containsKey(unit);
    }
}
