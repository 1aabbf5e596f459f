package org.entente.register;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.provenance.Translations;

/**
 * A treaty, charter, protocol or agreement of an organization: when and where signed, when in force, its term and
 * renewal, and how the alliance datasets code it ({@code codings}, null where none is recorded).
 */
public record Instrument(String id, InstrumentKind kind, String title, PartialDate signed, String signedPlace,
                         PartialDate entryIntoForce, Integer initialTermYears, String renewalRule, List<String> sources,
                         AllianceCodings codings, Map<String, Map<String, String>> translations) {

    public static final Set<String> TRANSLATED = Set.of("title", "signedPlace", "renewalRule");

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        sources = List.copyOf(sources);
        translations = Translations.checked(translations, TRANSLATED);
    }

    /** An instrument no alliance dataset's coding is recorded for. */
    public Instrument(String id, InstrumentKind kind, String title, PartialDate signed, String signedPlace, PartialDate entryIntoForce,
                      Integer initialTermYears, String renewalRule, List<String> sources) {
        this(id, kind, title, signed, signedPlace, entryIntoForce, initialTermYears, renewalRule, sources, null, Translations.NONE);
    }
}
