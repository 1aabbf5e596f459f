package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Whether a page fits its window's width, with no horizontal scroll of the page itself (a wide table may scroll inside its own box). */
public final class WindowFit {

    private WindowFit() {}

    /** Fails, naming the innermost elements that reach past the window's right edge, if {@code page} is wider than the window. */
    public static void assertFits(WebDriver browser, String page) {
        assertThat(widerThanTheWindow(browser)).as("the %s page is wider than the window (%d px); elements reaching past its edge", page,
                number(browser, "return window.innerWidth;")).isEmpty();
    }

    /** The innermost elements reaching past the window's right edge (tag, id, classes, width), empty when the page fits its window. */
    @SuppressWarnings("unchecked")
    public static List<String> widerThanTheWindow(WebDriver browser) {
        if (number(browser, "return document.documentElement.scrollWidth;") <= number(browser, "return window.innerWidth;")) {
            return List.of();
        }
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const right = e => e.getBoundingClientRect().left + Math.max(e.getBoundingClientRect().width, e.scrollWidth);
                const found = [...document.body.querySelectorAll('*')]
                    .filter(e => right(e) > window.innerWidth + 1)
                    .filter(e => ![...e.children].some(c => right(c) > window.innerWidth + 1))
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '')
                        + ' ' + Math.round(e.getBoundingClientRect().width) + 'px');
                return found.length ? found : ['the document, ' + document.documentElement.scrollWidth + 'px'];
                """);
    }

    /** The number a script returns. */
    public static long number(WebDriver browser, String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }
}
