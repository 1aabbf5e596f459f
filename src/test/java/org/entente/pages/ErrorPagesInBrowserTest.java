package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Error pages in headless Chromium (issue 13, item 6): a mistyped address is not found for a signed-out reader (not the
 * sign-in page) and for a signed-in one (not "your roles do not allow this"); a value of the wrong form is named with what
 * is wrong with it (an organization code in small letters, a day that does not exist), not with a rule it does not break;
 * and an error page has the frame of every page: the header with its navigation and languages, and the footer.
 */
class ErrorPagesInBrowserTest extends PageTest {

    private void open(String address) {
        browser.get(uri(address).toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aMistypedAddressIsNotFoundForASignedOutReaderAndTheErrorPageHasTheFrameOfEveryPage() {
        browser.manage().deleteAllCookies();
        open("/organisations/CSTO?lang=en");

        assertThat(browser.getCurrentUrl()).as("not sent to the sign-in page").endsWith("/organisations/CSTO?lang=en");
        assertThat(text("error-heading")).isEqualTo("404 Not Found");
        assertThat(browser.findElements(By.id("sign-in-link"))).as("the header with its navigation").hasSize(1);
        assertThat(browser.findElement(By.id("lang-ru")).getAttribute("href")).as("this address in Russian").endsWith("/organisations/CSTO?lang=ru");
        Browser.screenshot(browser, "error-not-found");
    }

    @Test
    void aMistypedAddressIsNotFoundForASignedInReaderToo() {
        account("error-pages-liaison", "liaison@CSTO/KAZ");
        signIn(browser, "error-pages-liaison");
        open("/organisations/CSTO?lang=en");

        assertThat(text("error-heading")).isEqualTo("404 Not Found");
        assertThat(browser.findElements(By.id("account"))).as("signed in, as the header says").hasSize(1);
    }

    @Test
    void anOrganizationCodeInSmallLettersIsNamedWithItsCapitalsNotWithTheFormOfDates() {
        browser.manage().deleteAllCookies();
        open("/organizations/csto?lang=en");

        assertThat(text("error-heading")).isEqualTo("400 Bad Request");
        assertThat(text("error-explained")).doesNotContain("YYYY-MM-DD");
        assertThat(text("error-detail")).contains("'csto'").contains("in capitals: 'CSTO'");
    }

    @Test
    void aDayThatDoesNotExistIsSaidToBeNoDayOfTheCalendarInTheReadersLanguage() {
        browser.manage().deleteAllCookies();
        open("/organizations/CSTO?date=2022-02-30&lang=ru");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(text("error-heading")).isEqualTo("400 Неверный запрос");
        assertThat(text("error-explained")).startsWith("В адресе или в форме есть значение");
        assertThat(text("error-detail")).contains("'2022-02-30' is written as a date (YYYY-MM-DD) but is no day of the calendar");
        Browser.screenshot(browser, "error-no-such-day-ru");
    }
}
