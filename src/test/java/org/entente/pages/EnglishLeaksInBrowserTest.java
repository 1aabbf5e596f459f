package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.Browser;
import org.entente.support.CrisisSteps;
import org.entente.support.PageTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page in Russian and in Indonesian, checked against the interface's English: no phrase of an English message
 * (a message's text outside its arguments, of two words or more, that the language's own message changes) may show on the
 * page, in its text or in what it says to readers in attributes (title, aria-label, placeholder, alt). A record's own
 * text shown in English for want of a translation is marked {@code lang="en"}, as is anything in another language (a
 * source's title), and so is what is marked {@code translate="no"} (a source's title, a quotation of its words): neither is
 * the interface's, and both are left out.
 */
class EnglishLeaksInBrowserTest extends PageTest {

    private static final String CSTO = "/organizations/CSTO";
    private static final String MISSION = CSTO + "/missions/MIS-KAZ-2022";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.availableOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPageInRussianOrIndonesianShowsTheInterfacesEnglish() {
        account("leaks-secretariat", "secretariat@CSTO");
        String request = CrisisSteps.decidedToDeploy(this, "leaks", tokenFor("leaks-secretariat-api", "secretariat@CSTO"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("organization", CSTO);
        pages.put("clauses", CSTO + "/clauses");
        pages.put("sources", CSTO + "/sources");
        pages.put("state", CSTO + "/states/KAZ");
        pages.put("requests", CSTO + "/requests");
        pages.put("recorded request", CSTO + "/requests/KAZ-2022");
        pages.put("filed request", CSTO + "/requests/" + request);
        pages.put("new request", CSTO + "/requests/new");
        pages.put("force generation", CSTO + "/requests/" + request + "/force-generation");
        pages.put("forces", CSTO + "/forces");
        pages.put("pool", CSTO + "/forces/pools/CRRF");
        pages.put("missions", CSTO + "/missions");
        pages.put("mission", MISSION);
        pages.put("sitreps", MISSION + "/sitreps");
        pages.put("account", "/account");
        pages.put("no such page", "/organizations/CSTO/no-such-page");

        signIn(browser, "leaks-secretariat");
        Map<String, List<String>> leaks = new TreeMap<>();
        for (String language : List.of("ru", "id")) {
            Map<String, List<String>> english = englishPhrases(language);
            pages.forEach((page, path) -> {
                List<String> found = leaks(path, language, english);
                if (!found.isEmpty()) {
                    leaks.put(page + " in " + language, found);
                }
            });
        }
        assertThat(leaks).as("the interface's English on Russian and Indonesian pages (page: message key \"phrase\")").isEmpty();
    }

    private List<String> leaks(String path, String language, Map<String, List<String>> english) {
        browser.get(uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language).toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        String text = shown(language);
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
        return found;
    }

    /** What the page shows readers in {@code language}: its text and its readers' attributes, less what is marked as in another language. */
    private static String shown(String language) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const language = arguments[0];
                const parts = [];
                const foreign = e => { const tagged = e.closest('[lang]'); return e.closest('[translate=no]') || (tagged && tagged.getAttribute('lang') !== language); };
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const parent = node.parentElement;
                    if (!parent || parent.closest('script, style, template') || foreign(parent)) continue;
                    parts.push(node.textContent);
                }
                for (const e of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
                    if (foreign(e)) continue;
                    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
                        if (e.hasAttribute(name)) parts.push(e.getAttribute(name));
                    }
                }
                parts.push(document.title);
                return parts.join('\\n').replace(/\\s+/g, ' ');
                """, language);
    }

    /**
     * The phrases of each English message, by key, whose message {@code language} translates: the message's text outside
     * its arguments (ICU's {@code {…}}), cut at its arguments, each phrase of two words or more.
     */
    private static Map<String, List<String>> englishPhrases(String language) {
        Properties english = messages("messages.properties");
        Properties translated = messages("messages_" + language + ".properties");
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
                while (words.find()) {
                    count++;
                }
                if (count >= 2) {
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

    private static Properties messages(String name) {
        try (InputStream in = EnglishLeaksInBrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
