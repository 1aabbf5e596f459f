package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole cycle in headless Chromium, each person signing in through the form: Kazakhstan's liaison
 * files (the policies' verdicts shown before filing), the secretariat convenes the council, the five
 * representatives of the members in good standing vote while an observer's page updates its tally by
 * itself, the secretariat closes the session, the decision appears with its legal basis, and every step
 * is in the request's audit history. The public then reads the historical Kazakhstan request of 2022.
 */
class CrisisCycleInBrowserTest extends PageTest {

    private static final List<String> VOTERS = List.of("BLR", "KAZ", "KGZ", "RUS", "TJK");

    /** A second browser, watching the request page while the first acts. */
    private static WebDriver watcher;

    @BeforeAll
    static void startWatcher() {
        watcher = Browser.start();
    }

    @AfterAll
    static void stopWatcher() {
        if (watcher != null) {
            watcher.quit();
        }
    }

    @Test
    void aLiaisonFilesTheSecretariatConvenesTheRepresentativesVoteAndTheDecisionAppearsWithEveryStepAudited() {
        account("cycle-browser-liaison", "liaison@CSTO/KAZ");
        account("cycle-browser-secretariat", "secretariat@CSTO");
        account("cycle-browser-observer", "observer@CSTO");
        VOTERS.forEach(state -> account("cycle-browser-rep-" + state.toLowerCase(), "council_representative@CSTO/" + state));

        // The liaison files, seeing the policies' verdicts before filing.
        signIn(browser, "cycle-browser-liaison");
        browser.get(uri("/organizations/CSTO/requests?lang=en").toString());
        browser.findElement(By.id("file-request")).click();
        new Select(browser.findElement(By.id("threat"))).selectByValue("terrorism");
        // Article 4 is proposed for external aggression too: wait for the evidence that only the answer about terrorism gives.
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("clause-candidates"), "KAZ-2022"));
        assertThat(browser.findElement(By.id("proposed-clause")).getText()).contains("CST-ART4");
        assertThat(browser.findElements(By.cssSelector("#verdict-list li.verdict-allowed"))).hasSize(4);
        browser.findElement(By.id("description")).sendKeys("Armed groups attacked public buildings in Almaty.");
        Browser.screenshot(browser, "request-filing");
        click(browser, By.id("file-submit"));
        waiting(browser).until(ExpectedConditions.textToBe(By.id("request-status"), "filed"));
        String page = browser.getCurrentUrl().replaceAll("\\?.*$", "");
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("request-clause")).getText()).isNotBlank();

        // The secretariat convenes the council.
        signIn(browser, "cycle-browser-secretariat");
        browser.get(page + "?lang=en");
        browser.findElement(By.id("convene")).click();
        waiting(browser).until(ExpectedConditions.textToBe(By.id("request-status"), "under consultation"));
        assertThat(browser.findElement(By.id("tally-not-voted")).getText()).isEqualTo("not yet voted 5");

        // An observer watches the tally, which refreshes itself as the votes arrive.
        signIn(watcher, "cycle-browser-observer");
        watcher.get(page + "?lang=en");
        assertThat(watcher.findElement(By.id("tally-for")).getText()).isEqualTo("for 0");

        for (String state : VOTERS) {
            signIn(browser, "cycle-browser-rep-" + state.toLowerCase());
            browser.get(page + "?lang=en");
            new Select(browser.findElement(By.id("vote-choice-" + state))).selectByValue("for");
            browser.findElement(By.cssSelector("#vote-form-" + state + " input[name=statement]")).sendKeys(state + " stands with Kazakhstan");
            browser.findElement(By.id("cast-vote-" + state)).click();
            waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-" + state), "for"));
        }
        waiting(watcher).until(ExpectedConditions.textToBe(By.id("tally-for"), "for 5"));
        assertThat(watcher.findElement(By.id("tally-outcome")).getText()).startsWith("adopted if closed now");
        Browser.screenshot(watcher, "council-session-tally");

        // The secretariat closes the session: the decision appears, citing its clause.
        signIn(browser, "cycle-browser-secretariat");
        browser.get(page + "?lang=en");
        browser.findElement(By.id("close-session")).click();
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
        WebElement decision = browser.findElement(By.id("decision"));
        assertThat(decision.getText()).contains("Decision: deploy forces");
        assertThat(browser.findElement(By.id("legal-basis")).getText()).contains("Legal basis");
        assertThat(browser.findElement(By.id("time-to-decision")).getText()).contains("after receipt");
        Browser.screenshot(browser, "request-decided");
        // The story says the decision and its clause in words, and its times as a reader reads them (the ISO instant for machines).
        String decided = browser.findElement(By.id("step-decided")).getText();
        assertThat(decided).contains("deploy forces, on ").doesNotContain("deploy_forces").doesNotContain(" on CST-ART4");
        WebElement filedAt = browser.findElement(By.cssSelector("#step-filed time"));
        assertThat(filedAt.getAttribute("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(filedAt.getText()).endsWith("UTC").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        browser.get(page + "?lang=ru");
        assertThat(browser.findElement(By.id("step-decided")).getText()).contains("направить силы").doesNotContain("deploy_forces");
        assertThat(browser.findElement(By.cssSelector("#step-filed time")).getText()).containsPattern("[а-я]").endsWith("UTC");
        browser.get(page + "?lang=en");

        // Every step is in the request's audit history.
        browser.get(browser.findElement(By.linkText("Its audit history")).getAttribute("href"));
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
        String trail = browser.findElement(By.id("audit-entries")).getText();
        List<String> actions = browser.findElements(By.cssSelector("#audit-entries td.audit-action [title]")).stream()
                .map(action -> action.getAttribute("title")).toList();
        assertThat(actions).contains("request.file", "request.convene", "request.vote", "request.decide");
        assertThat(actions).filteredOn("request.vote"::equals).hasSize(5);
        assertThat(trail).contains("request filed", "council convened", "vote cast", "request decided").contains("request:" + id);
    }

    @Test
    void forTerrorismTheFormProposesArticle4SayingWhyAndShowsTheDisputedParagraphWithItsDispute() {
        account("routing-browser-liaison", "liaison@CSTO/KGZ");
        signIn(browser, "routing-browser-liaison");
        browser.get(uri("/organizations/CSTO/requests/new?lang=en").toString());

        new Select(browser.findElement(By.id("threat"))).selectByValue("terrorism");
        // Article 4 is proposed for external aggression too: wait for the evidence that only the answer about terrorism gives.
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("clause-candidates"), "KAZ-2022"));
        assertThat(browser.findElement(By.id("proposed-clause")).getText()).contains("CST-ART4");

        WebElement proposed = browser.findElement(By.id("candidate-CST-ART4"));
        assertThat(proposed.getText()).contains("proposed").contains("the council decided KAZ-2022 (terrorism) on this clause: deploy forces")
                .doesNotContain("existence disputed");
        assertThat(browser.findElement(By.id("verdict-clause-covers-threat")).getAttribute("class")).contains("verdict-allowed");
        WebElement paragraph = browser.findElement(By.id("candidate-CRISIS-RESPONSE"));
        assertThat(paragraph.getText()).contains("existence disputed").contains("its text covers the threat").doesNotContain("proposed");
        String dispute = browser.findElement(By.id("dispute-CRISIS-RESPONSE")).getText();
        assertThat(dispute).contains("Does a Charter paragraph on a crisis-reaction system ground the Kazakhstan deployment?")
                .contains("preferred").contains("no specific Charter paragraph verified")
                .contains("other claim").contains("a paragraph of the CSTO Charter on a crisis-reaction system")
                .contains("Why the preferred claim");
        Browser.screenshot(browser, "request-filing-clause-routing");

        // Where the disputed paragraph is the only clause covering the threat, it is proposed with its dispute beside it, in Russian too.
        browser.get(uri("/organizations/CSTO/requests/new?lang=ru").toString());
        new Select(browser.findElement(By.id("threat"))).selectByValue("internal_unrest");
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposed-clause"), "CRISIS-RESPONSE"));
        assertThat(browser.findElement(By.id("candidate-CRISIS-RESPONSE")).getText()).contains("предлагается").contains("существование оспаривается");
        assertThat(browser.findElement(By.id("dispute-CRISIS-RESPONSE")).getText()).contains("Реестр оспаривает эту статью");
    }

    @Test
    void thePublicReadsTheHistoricalKazakhstanRequestWithItsLegalBasisAndTheDisagreementAboutIt() {
        watcher.manage().deleteAllCookies();
        watcher.get(uri("/organizations/CSTO/requests?lang=en").toString());
        assertThat(watcher.findElement(By.id("requests-table")).getText()).contains("KGZ-2010", "ARM-2021", "ARM-2022", "KAZ-2022");
        watcher.findElement(By.linkText("KAZ-2022")).click();
        waiting(watcher).until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));

        assertThat(watcher.findElement(By.id("decision")).getText()).contains("deploy forces").contains("1 day after receipt");
        assertThat(watcher.findElement(By.id("legal-basis")).getText()).contains("Article 4");
        assertThat(watcher.findElement(By.id("votes-unknown")).getText()).contains("did not record the votes");
        assertThat(watcher.findElement(By.id("request-disagreements")).getText()).contains("crisis-reaction");
        Browser.screenshot(watcher, "request-kaz-2022");
    }

    @Test
    void aRequestOutsideTheFormalRecordIsListedOnlyWhenAskedForAndShownWithTheReason() {
        watcher.manage().deleteAllCookies();
        watcher.get(uri("/organizations/CSTO/requests?lang=en").toString());
        assertThat(watcher.findElement(By.id("requests-table")).getText()).contains("KGZ-2010").doesNotContain("KGZ-2022-PROPOSAL");

        new Select(watcher.findElement(By.id("f-record"))).selectByValue("informal");
        watcher.findElement(By.cssSelector("#request-filter button[type=submit]")).click();
        waiting(watcher).until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests-table"), "KGZ-2022-PROPOSAL"));
        assertThat(watcher.findElement(By.id("requests-table")).getText()).doesNotContain("KGZ-2010").contains("outside the formal record");

        watcher.findElement(By.linkText("KGZ-2022-PROPOSAL")).click();
        waiting(watcher).until(ExpectedConditions.presenceOfElementLocated(By.id("outside-formal-record")));
        assertThat(watcher.findElement(By.id("outside-formal-record")).getText()).contains("not a formal request to the organization");
    }
}
