package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.EveryPage;
import org.entente.support.MessageFiles;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page ({@link EveryPage}) in Russian and in Indonesian, checked against the interface's English. No phrase of an
 * English message may show on the page, in its text or in what it says to readers in attributes (title, aria-label,
 * placeholder, alt): a phrase is a message's text outside its arguments, of two words or more and not only such words as
 * "of the", where the language's own message differs. English built in code, outside the messages, is found by its prose:
 * two of English's commonest words close together. Left out, as not the interface's: what is marked as in another
 * language (a record's own text shown in English for want of a translation is {@code lang="en"}), what is marked
 * {@code translate="no"} (a source's title, a quotation of its words, a filer's free text), and a form's textarea.
 */
class EnglishLeaksInBrowserTest extends PageTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "of", "and", "is", "are", "was", "by", "with",
            "from", "not", "for", "to", "on", "in", "at", "a", "an", "or");
    /** Words that English prose cannot do without and Russian and Indonesian never use: two of them close together are English. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile(
            "(?i)(?<![A-Za-z])(the|of|and|is|are|was|by|with|from|not|for|to|on)\\s+[A-Za-z'-]+\\s+(?:[A-Za-z'-]+\\s+)?(the|of|and|is|are|was|by|with|from|not|for|to|on)(?![A-Za-z])");

    @Test
    void noPageInRussianOrIndonesianShowsTheInterfacesEnglish() {
        EveryPage pages = EveryPage.setUp(this, "leaks");
        signIn(browser, pages.secretariat());
        Map<String, List<String>> leaks = new TreeMap<>();
        for (String language : List.of("ru", "id")) {
            Map<String, List<String>> english = englishPhrases(language);
            for (EveryPage.Page page : pages.all()) {
                EveryPage.open(browser, uri("/"), page, language);
                List<String> found = leaks(language, english);
                if (!found.isEmpty()) {
                    leaks.put(page.name() + " in " + language, found);
                }
            }
        }
        assertThat(leaks).as("the interface's English on Russian and Indonesian pages (page: message key \"phrase\" in its context)").isEmpty();
    }

    private List<String> leaks(String language, Map<String, List<String>> english) {
        String text = shown(language, true);
        List<String> found = new ArrayList<>();
        english.forEach((key, phrases) -> {
            for (String phrase : phrases) {
                Matcher shown = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(phrase) + "(?![A-Za-z])").matcher(text);
                if (shown.find()) {
                    found.add(key + " \"" + phrase + "\" in \"…" + text.substring(Math.max(0, shown.start() - 40), Math.min(text.length(), shown.end() + 40)) + "…\"");
                    break;
                }
            }
        });
        String prose = shown(language, false);
        Matcher sentence = ENGLISH_SENTENCE.matcher(prose);
        for (int shown = 0; shown < 3 && sentence.find(); shown++) {
            found.add("an English sentence built outside the messages: \"…" + prose.substring(Math.max(0, sentence.start() - 40),
                    Math.min(prose.length(), sentence.end() + 40)) + "…\"");
        }
        return found;
    }

    /**
     * What the page shows readers in {@code language}: its text and, with {@code titles}, its readers' attributes (a hover
     * title may hold a record's own words in English), less what is marked as in another language or not to be translated.
     */
    private static String shown(String language, boolean titles) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const language = arguments[0];
                const parts = [];
                const foreign = e => { const tagged = e.closest('[lang]'); return e.closest('[translate=no]') || (tagged && tagged.getAttribute('lang') !== language); };
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const parent = node.parentElement;
                    if (!parent || parent.closest('script, style, template, textarea') || foreign(parent)) continue;
                    parts.push(node.textContent);
                }
                for (const e of arguments[1] ? document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]') : []) {
                    if (foreign(e)) continue;
                    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
                        if (e.hasAttribute(name)) parts.push(e.getAttribute(name));
                    }
                }
                parts.push(document.title);
                return parts.join('\\n').replace(/\\s+/g, ' ');
                """, language, titles);
    }

    /**
     * The phrases of each English message, by key, whose message {@code language} translates: the message's text outside
     * its arguments (ICU's {@code {…}}), cut at its arguments, each phrase of two words or more.
     */
    private static Map<String, List<String>> englishPhrases(String language) {
        Properties english = MessageFiles.of("en");
        Properties translated = MessageFiles.of(language);
        Map<String, List<String>> phrases = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key))) {
                continue;
            }
            List<String> ofKey = new ArrayList<>();
            for (String literal : outsideArguments(value).split("\u0000")) {
                String phrase = literal.replaceAll("''", "'").replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
                Matcher words = WORD.matcher(phrase);
                int count = 0;
                boolean meaning = false;
                while (words.find()) {
                    count++;
                    meaning |= !FUNCTION_WORDS.contains(words.group().toLowerCase(java.util.Locale.ROOT));
                }
                if (count >= 2 && meaning) {
                    ofKey.add(phrase);
                }
            }
            if (!ofKey.isEmpty()) {
                phrases.put(key, ofKey);
            }
        }
        return phrases;
    }

    /** {@code message} with each ICU argument ({@code {0}}, {@code {1, plural, …}}, nested) replaced by a cut (NUL). */
    private static String outsideArguments(String message) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (char c : message.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    outside.append('\u0000');
                }
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

}
