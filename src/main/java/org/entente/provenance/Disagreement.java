package org.entente.provenance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sources that claim different values for one fact ({@code attribute} of {@code subject}, e.g.
 * {@code date} of {@code membershipEvent:EV-BLR-ACCEDE}). Every claim is kept; exactly one is
 * preferred, for the stated reason. Its question and reason may carry {@link Translations}.
 */
public record Disagreement(String id, String subject, String attribute, String question, String reason, List<Claim> claims,
                           Map<String, Map<String, String>> translations) {

    public static final Set<String> TRANSLATED = Set.of("question", "reason");

    public Disagreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(attribute, "attribute");
        claims = List.copyOf(claims);
        translations = Translations.checked(translations, TRANSLATED);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("a disagreement has at least two claims");
        }
        if (claims.stream().filter(Claim::preferred).count() != 1) {
            throw new IllegalArgumentException("exactly one claim of a disagreement is preferred");
        }
    }

    /** A disagreement whose question and reason have no translations. */
    public Disagreement(String id, String subject, String attribute, String question, String reason, List<Claim> claims) {
        this(id, subject, attribute, question, reason, claims, Translations.NONE);
    }

    public Claim preferred() {
        return claims.stream().filter(Claim::preferred).findFirst().orElseThrow();
    }

    public List<Claim> others() {
        return claims.stream().filter(claim -> !claim.preferred()).toList();
    }

    public boolean cites(String sourceId) {
        return claims.stream().anyMatch(claim -> claim.sources().contains(sourceId));
    }
}
