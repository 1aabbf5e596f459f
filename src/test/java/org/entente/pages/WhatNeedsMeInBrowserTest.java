package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** "Awaiting you" on the home page, followed by a council representative in a real headless Chromium: the vote, cast through its link, is gone. */
class WhatNeedsMeInBrowserTest extends PageTest {

    private static final String REQUESTS = "/api/v1/organizations/CSTO/requests";

    @Test
    void aCouncilRepresentativeSeesTheVoteVotesThroughItsLinkAndTheItemIsGone() {
        String secretariat = tokenFor("needs-me-browser-secretariat", "secretariat@CSTO");
        Answer filed = postAs(secretariat, REQUESTS, json().writeValueAsBytes(Map.of(
                "state", "KGZ", "threat", "drug_trafficking", "description", "Armed convoys crossing from the south", "acknowledgeWarnings", true)));
        assertThat(filed.status()).as("%s", filed.body()).isEqualTo(201);
        String id = filed.body().path("id").asString();
        Answer convened = postAs(secretariat, REQUESTS + "/" + id + "/session", json().writeValueAsBytes(Map.of("motion", "deploy_forces")));
        assertThat(convened.status()).as("%s", convened.body()).isEqualTo(200);
        account("needs-me-browser-rep-rus", "council_representative@CSTO/RUS");
        signIn(browser, "needs-me-browser-rep-rus");
        By item = By.id("awaiting-vote-CSTO-" + id + "-RUS");

        browser.get(uri("/?lang=en").toString());
        assertThat(browser.findElement(By.id("awaiting-heading")).getText()).isEqualTo("Awaiting you");
        assertThat(browser.findElement(item).getText()).isEqualTo("Vote for Russia on request " + id);
        assertThat(browser.findElement(By.xpath("//*[@id='awaiting-vote-CSTO-" + id + "-RUS']/following-sibling::span")).getText())
                .contains("in CSTO").contains("waiting for");

        click(browser, item);
        waiting(browser).until(ExpectedConditions.urlContains("/organizations/CSTO/requests/" + id + "#vote-form-RUS"));
        new Select(browser.findElement(By.id("vote-choice-RUS"))).selectByValue("for");
        click(browser, By.id("cast-vote-RUS"));
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-RUS"), "for"));

        browser.get(uri("/?lang=en").toString());
        assertThat(browser.findElements(item)).isEmpty();
        assertThat(browser.findElement(By.id("awaiting")).isDisplayed()).isTrue();
    }

    @Test
    void inRussianTheListIsRussian() {
        account("needs-me-browser-observer", "observer@CSTO");
        signIn(browser, "needs-me-browser-observer");

        browser.get(uri("/?lang=ru").toString());

        assertThat(browser.findElement(By.id("awaiting-heading")).getText()).isEqualTo("Ждёт ваших действий");
        assertThat(browser.findElement(By.id("awaiting-none")).getText()).startsWith("Ничего не ждёт");
    }
}
