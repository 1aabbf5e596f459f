package org.entente.forcegeneration.internal.planner;

import org.entente.forcegeneration.Contributor;

/** A contributing state as the solver sees it: a problem fact with its index in the problem. */
record StateFact(int index, Contributor state) {

    @Override
    public String toString() {
        return state.id();
    }
}
