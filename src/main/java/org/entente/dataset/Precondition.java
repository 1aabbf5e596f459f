package org.entente.dataset;

import java.util.Objects;

/**
 * What an import expects of the organization's record, so that no update is lost: that it has the
 * version the importer read (an {@code If-Match}), that it does not exist yet, or nothing (the system's
 * own imports). A version is the SHA-256 of the record's export.
 */
public sealed interface Precondition {

    record Version(String version) implements Precondition {
        public Version {
            Objects.requireNonNull(version, "version");
        }
    }

    record NotYetRegistered() implements Precondition {
    }

    record None() implements Precondition {
    }

    Precondition NOT_YET_REGISTERED = new NotYetRegistered();
    Precondition NONE = new None();
}
