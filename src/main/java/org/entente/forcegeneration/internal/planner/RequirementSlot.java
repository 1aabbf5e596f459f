package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.Requirement;

/** A requirement as the solver sees it: a problem fact with its index in the problem. */
record RequirementSlot(int index, Requirement requirement) {

    @Override
    public String toString() {
        return requirement.id();
    }
}
