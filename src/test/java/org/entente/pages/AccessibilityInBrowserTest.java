package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.support.Axe;
import org.entente.support.Browser;
import org.entente.support.EveryPage;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility of every page ({@link EveryPage}) in English, Russian and Indonesian: axe-core finds no violation of WCAG 2.1
 * AA of serious or critical impact, signed in and (on the public pages) signed out; the first stop of the keyboard is a
 * "Skip to content" link that moves the focus to the main content; every control is reachable by keyboard; and a status
 * shown in colour (a badge) also says itself in words.
 */
class AccessibilityInBrowserTest extends PageTest {

    private static EveryPage pages;

    /** The pages, set up once for the class's tests (they only read them). */
    private EveryPage pages() {
        if (pages == null) {
            pages = EveryPage.setUp(this, "a11y");
        }
        return pages;
    }

    @Test
    void noPageInAnyLanguageBreaksARuleOfWcag21AaOfSeriousOrCriticalImpactSignedInOrOut() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        browser.manage().deleteAllCookies();
        for (String language : EveryPage.LANGUAGES) {
            for (EveryPage.Page page : pages().forEveryone()) {
                EveryPage.open(browser, uri("/"), page, language);
                found.put(page.name() + " in " + language + ", signed out", Axe.seriousViolations(browser));
            }
        }
        signIn(browser, pages().secretariat());
        for (String language : EveryPage.LANGUAGES) {
            for (EveryPage.Page page : pages().all()) {
                EveryPage.open(browser, uri("/"), page, language);
                found.put(page.name() + " in " + language + ", signed in", Axe.seriousViolations(browser));
            }
        }

        found.values().removeIf(List::isEmpty);
        assertThat(found).as("serious or critical violations of WCAG 2.1 AA, by page").isEmpty();
    }

    @Test
    void theFirstStopOfTheKeyboardOnEveryPageIsASkipLinkInThePagesLanguageThatMovesTheFocusToTheMainContent() {
        signIn(browser, pages().secretariat());
        Map<String, String> skipLinks = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String language : EveryPage.LANGUAGES) {
            for (EveryPage.Page page : pages().all()) {
                String where = page.name() + " in " + language;
                EveryPage.open(browser, uri("/"), page, language);
                String firstInOrder = string("""
                        const first = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
                            .find(e => e.getAttribute('tabindex') !== '-1' && !e.disabled);
                        return first ? first.id + '|' + first.getAttribute('href') : '';
                        """);
                if (!firstInOrder.equals("skip-link|#main")) {
                    problems.add(where + ": the first control is " + firstInOrder);
                    continue;
                }
                if (Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return document.querySelector('main#main').contains(document.activeElement);"))) {
                    continue; // a page that puts the focus in a field of its main content itself (sign-in) needs no skipping
                }
                new Actions(browser).sendKeys(Keys.TAB).perform();
                String first = string("const e = document.activeElement; return e ? e.id + '|' + e.textContent.trim() : '';");
                String[] parts = first.split("\\|", -1);
                if (!parts[0].equals("skip-link")) {
                    problems.add(where + ": the first stop of the keyboard is " + first);
                    continue;
                }
                skipLinks.put(language, parts[1]);
                if (page.name().equals("home")) {
                    Browser.screenshot(browser, "skip-link-" + language);
                }
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                Boolean moved = waiting(browser).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                        .executeScript("return document.activeElement === document.querySelector('main#main');"));
                assertThat(moved).as(where).isTrue();
            }
        }

        assertThat(problems).as("pages whose first keyboard stop is not the skip link").isEmpty();
        assertThat(skipLinks.get("en")).isEqualTo("Skip to content");
        assertThat(skipLinks.get("ru")).as("in Russian").isNotEqualTo(skipLinks.get("en")).isNotBlank();
        assertThat(skipLinks.get("id")).as("in Indonesian").isNotEqualTo(skipLinks.get("en")).isNotBlank();
    }

    @Test
    void everyControlOnEveryPageIsReachableByKeyboardAndEveryLinkOfAChartHasAName() {
        signIn(browser, pages().secretariat());
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (EveryPage.Page page : pages().all()) {
            EveryPage.open(browser, uri("/"), page, "en");
            found.put(page.name(), strings("""
                    const focusable = e => e.matches('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')
                        && !e.matches('[tabindex="-1"]') && !e.disabled;
                    const name = e => (e.getAttribute('aria-label') || e.textContent || '').trim()
                        || [...e.querySelectorAll('title')].map(t => t.textContent.trim()).join('');
                    const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
                    const problems = [];
                    document.querySelectorAll('[tabindex]').forEach(e => {
                        if (parseInt(e.getAttribute('tabindex'), 10) > 0) problems.push('a positive tabindex: ' + describe(e));
                    });
                    document.querySelectorAll('[onclick], [hx-get], [hx-post], [hx-put], [hx-delete], [role=button], [role=link]').forEach(e => {
                        if (e.matches('form, [hx-trigger*="from:"], [hx-trigger*="every"], [hx-trigger*="sse:"], [hx-trigger*="load"], [hx-trigger*="change"]')) return;
                        if (!focusable(e)) problems.push('a control the keyboard cannot reach: ' + describe(e));
                    });
                    document.querySelectorAll('svg a').forEach(a => {
                        if (!a.hasAttribute('href') && !a.hasAttribute('xlink:href')) problems.push('a chart link without an address: ' + describe(a));
                        if (a.getAttribute('tabindex') !== '-1' && !name(a)) problems.push('a chart link without a name: ' + describe(a));
                    });
                    document.querySelectorAll('svg [onclick], svg [style*="cursor"]').forEach(e => problems.push('a clickable chart part: ' + describe(e)));
                    return problems.slice(0, 10);
                    """));
        }

        EveryPage.open(browser, uri("/"), pages().named("organization"), "en");
        assertThat(strings("""
                return [...document.querySelectorAll('#timeline-states a')]
                    .filter(a => a.tabIndex >= 0 && a.getAttribute('href') && a.textContent.trim())
                    .map(a => a.textContent.trim());
                """)).as("the timeline's states, each a link the keyboard reaches, named by its state").contains("KAZ", "RUS", "ARM");

        found.values().removeIf(List::isEmpty);
        assertThat(found).as("controls out of the keyboard's reach, by page").isEmpty();
    }

    @Test
    void everyStatusShownInColourAlsoSaysItselfInWords() {
        signIn(browser, pages().secretariat());
        Map<String, List<String>> found = new LinkedHashMap<>();
        int badges = 0;
        for (EveryPage.Page page : pages().all()) {
            EveryPage.open(browser, uri("/"), page, "en");
            badges += ((Number) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('.badge').length;")).intValue();
            found.put(page.name(), strings("""
                    const said = e => (e.innerText || e.textContent || '').trim()
                        || (e.getAttribute('aria-label') || '').trim()
                        || [...e.querySelectorAll('[role=img][aria-label], img[alt]')].map(i => i.getAttribute('aria-label') || i.alt).join('').trim();
                    return [...document.querySelectorAll('.badge, [class*="text-bg-"], .status-dot, [data-status]:not(tr):not(li):not(section):not(div)')]
                        .filter(e => e.getClientRects().length && !said(e))
                        .slice(0, 8)
                        .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + (e.dataset.status ? '[' + e.dataset.status + ']' : ''))
                        .concat([...document.querySelectorAll('svg [class*="seg-"], svg [class*="ready-"], svg .bar-planned, svg .bar-actual, svg .step-mark, svg .late')]
                            .filter(e => !e.querySelector(':scope > title') && !(e.parentElement && e.parentElement.querySelector(':scope > title')))
                            .slice(0, 8)
                            .map(e => 'a chart mark without a title: ' + e.tagName.toLowerCase() + '.' + [...e.classList].join('.')));
                    """));
        }

        assertThat(badges).as("badges on the pages, so that the check checks something").isGreaterThan(10);
        found.values().removeIf(List::isEmpty);
        assertThat(found).as("statuses shown by colour alone, by page").isEmpty();
    }

    private static String string(String script) {
        return (String) ((JavascriptExecutor) browser).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script);
    }
}
