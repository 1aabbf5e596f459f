package org.entente.register;

import java.util.List;
import java.util.Objects;

/** A treaty organization; {@code militaryAlliance} marks it for the exclusivity checks of other organizations. */
public record Organization(OrganizationCode code, String name, String abbreviation, List<NativeName> nativeNames,
                           String headquarters, boolean militaryAlliance, List<String> sources) {

    public Organization {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        nativeNames = List.copyOf(nativeNames);
        sources = List.copyOf(sources);
    }
}
