package org.entente.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * The automated accessibility check of the page tests: axe-core (Deque's rules engine, from its test-scoped webjar) run in
 * the browser on the page as it stands, against the rules of WCAG 2.0 and 2.1, levels A and AA.
 */
public final class Axe {

    /** The rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The impacts a page may not have: axe's two highest. */
    public static final Set<String> SERIOUS = Set.of("serious", "critical");

    private static final String SCRIPT = read(new WebJarVersionLocator().fullPath("axe-core", "axe.min.js"));

    private Axe() {
    }

    /** One rule broken on a page: its id, impact and help text, how many elements break it, and the first few of them (CSS selectors). */
    public record Violation(String rule, String impact, String help, int count, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + ", " + count + "×: " + help + ") at " + String.join(" | ", targets);
        }
    }

    /** The WCAG 2.1 AA rules of serious or critical impact that the page now in {@code browser} breaks; empty when it breaks none. */
    public static List<Violation> seriousViolations(WebDriver browser) {
        return violations(browser, SERIOUS);
    }

    /** The WCAG 2.1 AA rules of an impact among {@code impacts} (minor, moderate, serious, critical) that the page now in {@code browser} breaks. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver browser, Set<String> impacts) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Pages.waiting(browser).until(page -> (Boolean) ((JavascriptExecutor) page).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request');"));
        var javascript = (JavascriptExecutor) browser;
        javascript.executeScript(SCRIPT);
        var found = (List<Map<String, Object>>) javascript.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(result => done(result.violations.filter(v => arguments[1].includes(v.impact)).map(v => ({
                        rule: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                        targets: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.html || '').slice(0, 120))}))))
                    .catch(e => done([{rule: 'axe-failed', impact: 'critical', help: String(e), count: 1, targets: []}]));
                """, WCAG_21_AA, List.copyOf(impacts));
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                ((Number) v.get("count")).intValue(), (List<String>) v.get("targets"))).toList();
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path: the axe-core webjar is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
