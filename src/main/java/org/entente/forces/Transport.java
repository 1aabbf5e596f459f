package org.entente.forces;

import org.entente.register.Coded;

/** How a unit travels to the theatre; named by its lower-case code ({@code air}) in the API. */
public enum Transport implements Coded {
    AIR, LAND, SEA
}
