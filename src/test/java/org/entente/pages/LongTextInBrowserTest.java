package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.entente.support.WindowFit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.node.ObjectNode;

/** Long words and addresses wrap: no page grows wider than the window, on a desktop (1280 px) or a phone (390 px). */
class LongTextInBrowserTest extends PageTest {

    private static final List<Integer> WINDOW_WIDTHS = List.of(1280, 390);

    /** An address of {@code length} characters without a space, hyphen or other place to break a line, as a source's web page may have. */
    private static String longAddress(int length) {
        var address = new StringBuilder("https://example.org/archive?statement=");
        while (address.length() < length) {
            address.append("KyrgyzstanOshJalalAbad2010");
        }
        return address.substring(0, length);
    }

    @Test
    void aRequestWhoseSourceIsALongAddressFitsTheWindow() {
        String liaison = tokenFor("long-text-liaison-kgz", "liaison@CSTO/KGZ");
        var filed = postAs(liaison, "/api/v1/organizations/CSTO/requests", json().writeValueAsBytes(Map.of(
                "state", "KGZ", "threat", "extremism",
                "description", "Armed groups hold the road described at " + longAddress(1500),
                "sources", List.of(longAddress(500)))));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String request = filed.body().path("id").asString();
        try {
            account("long-text-secretariat", "secretariat@CSTO");
            signIn(browser, "long-text-secretariat");
            browser.get(uri("/organizations/CSTO/requests/" + request + "?lang=en").toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("request-facts")));

            fitsTheWindowAtEveryWidth("request");
        } finally {
            postAs(liaison, "/api/v1/organizations/CSTO/requests/" + request + "/withdrawal", new byte[0]);
        }
    }

    @Test
    void aDatasetWhoseSourceAndEventNoteAreLongAddressesFitsTheWindow() {
        String address = longAddress(2000);
        ObjectNode document = smallDataset("LONG-TEXT");
        document.withArray("sources").addObject()
                .put("id", "LONG-ADDRESS")
                .put("publisher", "Archive of statements")
                .put("title", address)
                .put("url", address)
                .put("language", "en")
                .put("excerpt", "The statement is kept at " + address + " and nowhere else.");
        ObjectNode finlandSigns = (ObjectNode) document.withArray("membershipEvents").get(0);
        finlandSigns.put("note", "Signed as the statement at " + address + " says.");
        finlandSigns.withArray("sources").add("LONG-ADDRESS");
        var imported = imported(document);
        assertThat(imported.status()).as("%s", imported.body()).isBetween(200, 201);

        browser.get(uri("/organizations/LONG-TEXT/sources?lang=en").toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("source-LONG-ADDRESS")));
        fitsTheWindowAtEveryWidth("sources");

        browser.get(uri("/organizations/LONG-TEXT?lang=en").toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("event-EV-FIN-SIGN")));
        fitsTheWindowAtEveryWidth("organization");

        browser.get(uri("/organizations/LONG-TEXT/states/FIN?lang=en").toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("state-events")));
        fitsTheWindowAtEveryWidth("state");
    }

    private static void fitsTheWindowAtEveryWidth(String page) {
        for (int width : WINDOW_WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            assertThat(WindowFit.number(browser, "return window.innerWidth;")).as("the window is %d px wide", width).isBetween(width - 40L, (long) width);
            WindowFit.assertFits(browser, page + " at " + width + " px");
            Browser.screenshot(browser, "long-text-" + page + "-" + width);
        }
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }
}
