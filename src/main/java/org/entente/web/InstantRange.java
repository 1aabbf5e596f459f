package org.entente.web;

import java.time.Instant;

/** The instants a request may name, in its address, its form fields or its JSON body: as far as the databases' timestamps go. */
public final class InstantRange {

    /** The first instant a request may name: no record of a treaty organization is older. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The last instant a request may name: the last of the year 9999, as far as the databases' timestamps go. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private InstantRange() {
    }

    /** Whether {@code instant} is from {@link #EARLIEST} to {@link #LATEST}. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
