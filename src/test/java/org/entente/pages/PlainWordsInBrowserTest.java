package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.EveryPage;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages speak in names, localized dates and sentences, not in the register's internal codes (issue 13, item 7): a code
 * shows only on hover, and an instant is a localized date and time whose ISO form is kept for machines.
 */
class PlainWordsInBrowserTest extends PageTest {

    private void open(String path) {
        browser.get(uri(path).toString());
    }

    @Test
    void aDisagreementSaysWhatItIsAboutInWordsWithTheCodeOnHover() {
        open("/organizations/CSTO/sources?lang=en");
        WebElement about = browser.findElement(By.cssSelector("#disagreement-" + uzbekExitDisagreement() + " .disagreement-about"));
        assertThat(about.getText()).contains("the date of").contains("Uzbekistan").contains("1999").doesNotContain("membershipEvent:");
        assertThat(about.findElement(By.cssSelector("[title]")).getAttribute("title")).isEqualTo("membershipEvent:EV-UZB-EXIT-1999");

        open("/organizations/CSTO/sources?lang=ru");
        String russian = browser.findElement(By.cssSelector("#disagreement-" + uzbekExitDisagreement() + " .disagreement-about")).getText();
        assertThat(russian).contains("Узбекистан").contains("дат").doesNotContain("membershipEvent:").doesNotContain(" date ");
        Browser.screenshot(browser, "sources-in-words-ru");
        open("/?lang=en");
    }

    private String uzbekExitDisagreement() {
        return browser.findElements(By.cssSelector(".disagreement")).stream()
                .filter(card -> card.findElements(By.cssSelector("[title='membershipEvent:EV-UZB-EXIT-1999']")).size() > 0
                        || card.getText().contains("membershipEvent:EV-UZB-EXIT-1999"))
                .findFirst().orElseThrow(() -> new AssertionError("no disagreement about Uzbekistan's exit of 1999"))
                .getAttribute("id").substring("disagreement-".length());
    }

    @Test
    void aSourceNamesTheRecordsItSupportsAndItsChipsShowTitlesWithTheIdOnHover() {
        open("/organizations/CSTO/sources?lang=en");
        WebElement supports = browser.findElement(By.cssSelector("#source-CSTO_28Y .source-supports"));
        assertThat(supports.getText()).doesNotContain("membershipEvent:").doesNotContain("instrument:").contains("Armenia");
        assertThat(supports.findElements(By.cssSelector("[title='membershipEvent:EV-ARM-SIGN-1992']"))).hasSize(1);

        open("/organizations/CSTO/states/UZB?lang=en");
        List<WebElement> chips = browser.findElements(By.cssSelector(".sources a"));
        assertThat(chips).isNotEmpty();
        assertThat(chips).allSatisfy(chip -> assertThat(chip.getText()).isNotEqualTo(chip.getAttribute("title")));
        assertThat(chips.stream().map(chip -> chip.getAttribute("title")).toList()).contains("ODKB_FACTS");
        assertThat(chips.stream().map(WebElement::getText).toList()).contains("CSTO (odkb.gov.ru) Basic facts").doesNotContain("ODKB_FACTS");

        open("/organizations/CSTO/sources?lang=ru");
        assertThat(browser.findElement(By.cssSelector("#source-CSTO_28Y .source-supports")).getText())
                .doesNotContain("membershipEvent:").contains("Армения");
        open("/?lang=en");
    }

    @Test
    void theAuditPageShowsLocalizedTimesAndLabelledDetailsKeepingTheRawForAuditors() {
        account("plain-words-observer", "observer@CSTO");
        signIn(browser, "plain-words-observer");

        browser.get(uri("/audit?organization=CSTO&lang=en").toString());
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
        WebElement row = browser.findElement(By.cssSelector("#audit-entries tbody tr"));
        WebElement when = row.findElement(By.cssSelector("time"));
        assertThat(when.getAttribute("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(when.getText()).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT").matches(".*\\d\\d?:\\d\\d.*UTC.*")
                .doesNotContainPattern(":\\d\\d:\\d\\d");
        WebElement details = row.findElement(By.cssSelector(".audit-details"));
        assertThat(details.findElements(By.cssSelector("dl dt"))).isNotEmpty();
        assertThat(details.findElement(By.cssSelector("dl")).getText()).doesNotContain("{").doesNotContain("\"");
        assertThat(details.findElements(By.cssSelector("details.audit-raw"))).hasSize(1);

        browser.get(uri("/audit?organization=CSTO&lang=ru").toString());
        String russian = browser.findElement(By.cssSelector("#audit-entries tbody tr time")).getText();
        Browser.screenshot(browser, "audit-in-words-ru");
        assertThat(russian).matches(".*\\d\\d:\\d\\d.*UTC.*").containsPattern("[а-я]").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        browser.get(uri("/?lang=en").toString());
    }

    @Test
    void theAuditPageNamesEachActionInWordsInTheReadersLanguageWithItsCodeOnHover() {
        EveryPage.setUp(this, "plain-actions");
        account("plain-actions-observer", "observer@CSTO");
        signIn(browser, "plain-actions-observer");

        for (String language : List.of("en", "ru", "id")) {
            browser.get(uri("/audit?organization=CSTO&lang=" + language).toString());
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
            List<WebElement> actions = browser.findElements(By.cssSelector("#audit-entries tbody td.audit-action"));
            assertThat(actions).as("actions on the audit page").hasSizeGreaterThan(5);
            for (WebElement action : actions) {
                String code = action.findElement(By.cssSelector("[title]")).getAttribute("title");
                assertThat(code).as("the action's code on hover").matches("[a-z]+(\\.[a-z_]+)+");
                assertThat(action.getText()).as("%s in %s", code, language).isNotBlank().isNotEqualTo(code);
                if (!language.equals("en")) {
                    assertThat(action.getText()).as("%s in %s", code, language).doesNotContainPattern("[a-z]+\\.[a-z]+");
                }
            }
        }
        browser.get(uri("/?lang=en").toString());
    }
}
