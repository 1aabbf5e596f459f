package org.entente.web.internal;

import java.util.Locale;
import java.util.Map;
import org.entente.provenance.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A record's own text (a title, a place, a summary, a question) as a page in {@code language} shows it: its translation
 * into the page's language where the record carries one ({@link Translations}), else the record's English, which the
 * {@code dataText} fragment of {@code fragments.html} then marks as English.
 */
public record DataTexts(String language) {

    /** {@code field}'s text in the page's language, or {@code english} where {@code translations} (null for none) have none. */
    public String of(Map<String, Map<String, String>> translations, String field, String english) {
        return translations == null ? english : Translations.in(translations, language, field, english);
    }

    /**
     * Whether a page in this language shows {@code field}, whose English is {@code english}, in English for want of a
     * translation: never on an English page, nor for a text without a word (an article's number, a year).
     */
    public boolean inEnglish(Map<String, Map<String, String>> translations, String field, String english) {
        return !language.equals("en") && english != null && english.codePoints().anyMatch(Character::isLetter)
                && (translations == null || !translations.getOrDefault(language, Map.of()).containsKey(field));
    }

    /** Offers every page the record texts in its language. */
    @ControllerAdvice(annotations = Controller.class)
    static class Advice {

        @ModelAttribute("texts")
        DataTexts texts(Locale locale) {
            return new DataTexts(PageContext.languageOf(locale));
        }
    }
}
