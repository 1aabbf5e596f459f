package org.entente.dataset;

import java.util.Set;

/**
 * What an import expects of the organization's record, so that no update is lost: that it has the
 * version the importer read (an {@code If-Match}), that it does not exist yet, or nothing (the system's
 * own imports). A version is the SHA-256 of the record's export.
 */
public sealed interface Precondition {

    /** One of these versions (an {@code If-Match} may list several; a weak tag is none, since it never matches strongly). */
    record Version(Set<String> versions) implements Precondition {
        public Version {
            versions = Set.copyOf(versions);
        }

        public boolean matches(String current) {
            return current != null && versions.contains(current);
        }
    }

    /** Any version, as long as the organization is registered ({@code If-Match: *}). */
    record Registered() implements Precondition {
    }

    record NotYetRegistered() implements Precondition {
    }

    record None() implements Precondition {
    }

    Precondition NOT_YET_REGISTERED = new NotYetRegistered();
    Precondition REGISTERED = new Registered();
    Precondition NONE = new None();
}
