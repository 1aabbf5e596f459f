package org.entente.register;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.provenance.Translations;

/** One dated membership event of one state in one organization, with the sources that report it; its note may carry {@link Translations}. */
public record MembershipEvent(String id, StateCode state, MembershipEventType type, PartialDate date,
                              String instrument, String note, List<String> sources, Map<String, Map<String, String>> translations) {

    public static final Set<String> TRANSLATED = Set.of("note");

    public MembershipEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
        translations = Translations.checked(translations, TRANSLATED);
    }

    /** An event whose note has no translations. */
    public MembershipEvent(String id, StateCode state, MembershipEventType type, PartialDate date, String instrument, String note,
                           List<String> sources) {
        this(id, state, type, date, instrument, note, sources, Translations.NONE);
    }
}
