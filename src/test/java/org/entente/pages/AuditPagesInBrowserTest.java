package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in through the real form, and an auditor reading a record's history, in headless Chromium. */
class AuditPagesInBrowserTest extends PageTest {

    @Test
    void anAuditorSignsInAndReadsTheHistoryOfTheCstoRecord() {
        account("browser-observer", "observer@CSTO");

        signIn(browser, "browser-observer");
        assertThat(browser.findElement(By.id("account")).getText()).isEqualTo("browser-observer");
        browser.get(uri("/organizations/CSTO?lang=en").toString());
        browser.findElement(By.id("record-history")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));

        assertThat(browser.findElement(By.id("verification")).getText()).contains("intact");
        List<String> rows = browser.findElements(By.cssSelector("#audit-entries tbody tr")).stream().map(row -> row.getText()).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("organization:CSTO"));
        assertThat(rows.getLast()).contains("system").contains("dataset imported");
        Browser.screenshot(browser, "audit-record-history");
    }

    @Test
    void aLiaisonIsNotAnAuditor() {
        account("browser-liaison", "liaison@CSTO/KAZ");

        signIn(browser, "browser-liaison");
        browser.get(uri("/audit?lang=en").toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("403");
    }

    @Test
    void someoneNotSignedInIsAskedToSignInFirst() {
        browser.manage().deleteAllCookies();
        browser.get(uri("/audit").toString());

        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    }
}
