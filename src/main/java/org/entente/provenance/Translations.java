package org.entente.provenance;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Translations of a record's own text (its title, summary, place, name, note, question): by language (ISO 639 code,
 * never {@code en}, which is the record's own text), by field, the text in that language. A field with no translation
 * into a language is read in English, and the page says so. Records keep them as a plain map, which is also how the
 * dataset format and the API write them: {@code {"ru": {"title": "…"}, "id": {"title": "…"}}}. They are kept sorted by
 * language and field, so that the same translations are always stored as the same text (a versioned row's content).
 */
public final class Translations {

    public static final Map<String, Map<String, String>> NONE = Map.of();

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private Translations() {
    }

    /**
     * {@code translations} (null for none) checked and copied: each language an ISO 639 code other than English, each
     * field one of {@code fields}, each text not blank.
     */
    public static Map<String, Map<String, String>> checked(Map<String, Map<String, String>> translations, Set<String> fields) {
        if (translations == null || translations.isEmpty()) {
            return NONE;
        }
        var copy = new TreeMap<String, Map<String, String>>();
        translations.forEach((language, texts) -> {
            if (language == null || !LANGUAGE.matcher(language).matches() || language.equals("en")) {
                throw new IllegalArgumentException("a translation's language is an ISO 639 code other than en (the record's own text), not " + language);
            }
            if (texts == null || texts.isEmpty()) {
                throw new IllegalArgumentException("a translation into " + language + " translates at least one of " + fields);
            }
            texts.forEach((field, text) -> {
                if (!fields.contains(field)) {
                    throw new IllegalArgumentException("only " + fields + " are translated here, not " + field);
                }
                if (text == null || text.isBlank()) {
                    throw new IllegalArgumentException("the " + language + " translation of " + field + " is empty");
                }
            });
            copy.put(language, Collections.unmodifiableMap(new TreeMap<>(texts)));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** {@code field} in each language it is translated into, by language (the record's own text, its English, apart). */
    public static Map<String, String> byLanguage(Map<String, Map<String, String>> translations, String field) {
        var byLanguage = new TreeMap<String, String>();
        translations.forEach((language, texts) -> {
            if (texts.containsKey(field)) {
                byLanguage.put(language, texts.get(field));
            }
        });
        return Collections.unmodifiableMap(byLanguage);
    }

    /** The translation of {@code field} into {@code language}, or {@code english} where there is none. */
    public static String in(Map<String, Map<String, String>> translations, String language, String field, String english) {
        return translations.getOrDefault(language, Map.of()).getOrDefault(field, english);
    }
}
