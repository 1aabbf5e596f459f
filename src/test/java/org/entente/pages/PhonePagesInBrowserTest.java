package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.support.Browser;
import org.entente.support.EveryPage;
import org.entente.support.PageTest;
import org.entente.support.WindowFit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page ({@link EveryPage}) on a phone (a window of 390 × 844 CSS px): the page never scrolls sideways, its main table fits the window,
 * no chart label is drawn smaller than 11 px, every link and button of the header, the tabs and the timeline is a target of
 * at least 24 × 24 px (WCAG 2.2, target size minimum), and the tabs take at most two rows.
 */
class PhonePagesInBrowserTest extends PageTest {

    private static final String CSTO = "/organizations/CSTO";
    private static final int SMALLEST_TEXT = 11;
    private static final int SMALLEST_TARGET = 24;

    /** The main table of a page, which must fit the phone's window without scrolling, by page name. */
    private static final Map<String, String> MAIN_TABLES = Map.of("organization", "#events-table", "requests", "#requests-table",
            "clauses", "#clauses-table");

    /** More parts of a page to take screenshots of, by page name. */
    private static final Map<String, String[]> ALSO_SHOWN = Map.of("organization", new String[] {"#timeline-heading"},
            "mission", new String[] {"#gantt-heading"});

    /** What is wrong with each page walked, by page. */
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void everyPageIsUsableOnAPhone() {
        EveryPage pages = EveryPage.setUp(this, "phone");
        browser.manage().deleteAllCookies();
        onAPhone();
        walk(pages.named("sign-in"));

        signIn(browser, pages.secretariat());
        onAPhone();
        pages.all().stream().filter(page -> !page.name().equals("sign-in")).forEach(this::walk);

        assertThat(problems).as("pages unusable at 390 px").allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
    }

    @Test
    void onADesktopTheTablesKeepTheirColumnsTheTimelineFitsAndTheTabsTakeOneRow() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (String path : List.of(CSTO, CSTO + "/requests")) {
            browser.get(uri(path + "?lang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
            WindowFit.assertFits(browser, path);
            assertThat(strings("""
                    return [...document.querySelectorAll('table.table-stack thead th')]
                        .filter(th => th.getBoundingClientRect().height < 10).map(th => th.textContent.trim());
                    """)).as("column headings hidden at 1280 px on %s", path).isEmpty();
            assertThat(strings("""
                    const tabs = document.querySelectorAll('.nav-tabs a');
                    return [...new Set([...tabs].map(a => String(Math.round(a.getBoundingClientRect().top))))];
                    """)).as("the tabs' rows at 1280 px on %s", path).hasSize(1);
            assertThat(strings("""
                    return [...document.querySelectorAll('.timeline-wrap')].filter(w => w.scrollWidth > w.clientWidth).map(w => w.scrollWidth + 'px');
                    """)).as("a timeline scrolling at 1280 px on %s", path).isEmpty();
            Browser.screenshot(browser, "desktop-" + (path.endsWith("requests") ? "requests" : "organization"));
        }
    }

    private static void onAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(WindowFit.number(browser, "return window.innerWidth;")).as("the window's width").isBetween(350L, 390L);
    }

    /**
     * Opens {@code page} in English and records what makes it unusable on a phone; its main table ({@link #MAIN_TABLES}) must fit
     * without scrolling. Screenshots of the top of the page, of its main table and of each element of {@link #ALSO_SHOWN}, to look at.
     */
    private void walk(EveryPage.Page page) {
        EveryPage.open(browser, uri("/"), page, "en");
        String mainTable = MAIN_TABLES.get(page.name());
        String[] alsoShow = ALSO_SHOWN.getOrDefault(page.name(), new String[0]);
        List<String> found = new ArrayList<>();
        WindowFit.widerThanTheWindow(browser).forEach(element -> found.add("reaches past the window: " + element));
        found.addAll(strings("""
                return [...document.querySelectorAll('svg text')]
                    .filter(t => t.getClientRects().length && t.textContent.trim())
                    .map(t => { const m = t.getScreenCTM(); return [t, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b)]; })
                    .filter(([t, px]) => px < arguments[0])
                    .slice(0, 5)
                    .map(([t, px]) => 'chart text "' + t.textContent.trim() + '" ' + px.toFixed(1) + 'px');
                """, SMALLEST_TEXT));
        found.addAll(strings("""
                return [...document.querySelectorAll('header nav a, header nav button, .nav-tabs a, .timeline-wrap a')]
                    .filter(e => e.getClientRects().length)
                    .map(e => [e, e.getBoundingClientRect()])
                    .filter(([e, r]) => r.width < arguments[0] - 0.5 || r.height < arguments[0] - 0.5)
                    .slice(0, 8)
                    .map(([e, r]) => 'target "' + e.textContent.trim() + '" ' + r.width.toFixed(0) + 'x' + r.height.toFixed(0) + 'px');
                """, SMALLEST_TARGET));
        found.addAll(strings("""
                const tabs = document.querySelectorAll('.nav-tabs a');
                const rows = new Set([...tabs].map(a => Math.round(a.getBoundingClientRect().top))).size;
                return rows > 2 ? ['the tabs take ' + rows + ' rows'] : [];
                """));
        if (mainTable != null) {
            found.addAll(strings("""
                    const table = document.querySelector(arguments[0]);
                    if (!table) return [arguments[0] + ' is missing'];
                    const width = Math.max(table.getBoundingClientRect().width, table.scrollWidth);
                    return width > window.innerWidth ? [arguments[0] + ' is ' + Math.round(width) + 'px wide'] : [];
                    """, mainTable));
        }
        Browser.screenshot(browser, "phone-" + page.name());
        for (String element : mainTable == null ? alsoShow : concat(alsoShow, mainTable)) {
            ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})", element);
            Browser.screenshot(browser, "phone-" + page.name() + "-" + element.substring(1));
        }
        problems.put(page.name(), found);
    }

    private static String[] concat(String[] elements, String element) {
        String[] all = Arrays.copyOf(elements, elements.length + 1);
        all[elements.length] = element;
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script, Object... arguments) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
