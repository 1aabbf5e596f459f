package org.entente.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.provenance.Translations;

/**
 * An article of an instrument, of one or more kinds, in force for the half-open period [{@code inForceFrom},
 * {@code inForceUntil}). A clause a request may invoke names the threats it {@code covers} (clause routing
 * proposes from them); a decision-rule clause states its {@code decisionRule}.
 */
public record Clause(String id, String instrument, String article, String title, String summary, Set<ClauseKind> kinds,
                     PartialDate inForceFrom, PartialDate inForceUntil, List<String> sources, Set<ThreatCategory> covers,
                     DecisionTerms decisionRule, Map<String, Map<String, String>> translations) {

    public static final Set<String> TRANSLATED = Set.of("article", "title", "summary");

    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(inForceFrom, "in force from");
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a clause has at least one kind");
        }
        if (inForceUntil != null && !inForceUntil.date().isAfter(inForceFrom.date())) {
            throw new IllegalArgumentException("a clause's period in force must end (" + inForceUntil + ") after it starts (" + inForceFrom + ")");
        }
        sources = List.copyOf(sources);
        translations = Translations.checked(translations, TRANSLATED);
        covers = covers == null ? Set.of() : Set.copyOf(covers);
        if (decisionRule != null && !kinds.contains(ClauseKind.DECISION_RULE)) {
            throw new IllegalArgumentException("only a decision-rule clause states a decision rule: " + id);
        }
    }

    /** A clause of no routing or decision-rule data. */
    public Clause(String id, String instrument, String article, String title, String summary, Set<ClauseKind> kinds,
                  PartialDate inForceFrom, PartialDate inForceUntil, List<String> sources) {
        this(id, instrument, article, title, summary, kinds, inForceFrom, inForceUntil, sources, Set.of(), null, Translations.NONE);
    }

    public boolean covers(ThreatCategory threat) {
        return covers.contains(threat);
    }

    public boolean isOfKind(ClauseKind kind) {
        return kinds.contains(kind);
    }

    public boolean inForceOn(LocalDate day) {
        return inForce().contains(day);
    }

    public Period inForce() {
        return new Period(inForceFrom, inForceUntil);
    }
}
