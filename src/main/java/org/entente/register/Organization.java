package org.entente.register;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.provenance.Translations;

/**
 * A treaty organization; {@code militaryAlliance} marks it for the exclusivity checks of other organizations. Its name in
 * other languages is a {@link NativeName}; its headquarters may carry {@link Translations}.
 */
public record Organization(OrganizationCode code, String name, String abbreviation, List<NativeName> nativeNames,
                           String headquarters, boolean militaryAlliance, List<String> sources, Map<String, Map<String, String>> translations) {

    public static final Set<String> TRANSLATED = Set.of("headquarters");

    public Organization {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        nativeNames = List.copyOf(nativeNames);
        sources = List.copyOf(sources);
        translations = Translations.checked(translations, TRANSLATED);
    }

    /** Its name in {@code language}: its native name there, or else its own name, which is in English. */
    public NativeName nameIn(String language) {
        return nativeNames.stream().filter(named -> named.language().equals(language)).findFirst()
                .orElse(new NativeName("en", name, abbreviation));
    }

    /** Its names in the languages other than {@code language}: its own (English) name first, then its native names. */
    public List<NativeName> namesBesides(String language) {
        var names = new java.util.ArrayList<NativeName>();
        names.add(new NativeName("en", name, abbreviation));
        names.addAll(nativeNames);
        names.removeIf(named -> named.language().equals(nameIn(language).language()));
        return List.copyOf(names);
    }
}
