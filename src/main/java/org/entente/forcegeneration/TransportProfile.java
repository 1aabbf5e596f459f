package org.entente.forcegeneration;

/** How fast a transport mode moves and how long it takes to load and unload, as the theatre's plan states it. */
public record TransportProfile(double speedKmh, double overheadHours) {

    public TransportProfile {
        if (!(speedKmh > 0) || !(overheadHours >= 0)) {
            throw new IllegalArgumentException("a transport moves at a positive speed with a non-negative overhead");
        }
    }
}
