package org.entente.forcegeneration;

/** How a unit travels to the theatre. */
public enum Transport {
    AIR, LAND, SEA
}
