package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.support.Browser;
import org.entente.support.PageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A count above a list counts the rows it lists, and says so in the grammar of the page's language (issue 13, item 10). */
class CountsInBrowserTest extends PageTest {

    private void open(String path) {
        browser.get(uri(path).toString());
    }

    private List<String> standingsListed() {
        return browser.findElements(By.cssSelector("#members-table tbody tr[data-state]")).stream()
                .map(row -> row.getAttribute("data-standing"))
                .toList();
    }

    private String membersCount() {
        return browser.findElement(By.id("members-count")).getText().replace('\u00a0', ' ');
    }

    @Test
    void theMembersCountCountsEveryStateTheTableListsTheSuspendedOneApart() {
        // On 1 June 2024 Armenia's participation is frozen (still a member) and Uzbekistan is suspended (no longer one).
        open("/organizations/CSTO?date=2024-06-01&lang=en");
        List<String> standings = standingsListed();

        assertThat(standings).hasSize(7).containsOnlyOnce("suspended").contains("participation_frozen");
        assertThat(membersCount()).isEqualTo("7 states listed: 6 members, 1 not a member");
        Browser.screenshot(browser, "members-count-en");
    }

    @Test
    void theMembersCountReadsInRussianGrammar() {
        open("/organizations/CSTO?date=2024-06-01&lang=ru");
        assertThat(standingsListed()).hasSize(7);
        assertThat(membersCount()).isEqualTo("В списке 7 государств: 6 членов, 1 не является членом");

        open("/organizations/CSTO?date=2000-01-01&lang=ru");
        assertThat(standingsListed()).hasSize(6);
        assertThat(membersCount()).as("nobody but members listed: no word on the others").isEqualTo("В списке 6 государств: 6 членов");
        Browser.screenshot(browser, "members-count-ru");
        open("/?lang=en");
    }
}
