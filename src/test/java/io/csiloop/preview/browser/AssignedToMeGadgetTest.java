package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard's "Assigned to me" shows Jira's gadget's default of 10 issues: a person with more sees the 10 last
 * updated, how many there are, and a link to all of theirs in the issue navigator. Its own preview: the test gives
 * the editor two more issues, which the other dashboard tests do not expect.
 */
class AssignedToMeGadgetTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldShowTenOpenIssuesAndLinkToTheRest() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        create(browser, "Publish the service catalogue");
        create(browser, "Review the change calendar");

        browser.open("/secure/Dashboard.jspa");
        WebElement table = browser.find(By.id("my-open-issues"));
        assertEquals(10, table.findElements(By.cssSelector("tbody tr")).size());
        assertEquals("Review the change calendar", table.findElement(By.cssSelector("tbody tr td.summary")).getText(),
                "the last updated first");
        WebElement more = browser.find(By.id("my-open-issues-more"));
        assertEquals("Showing 10 of 11 open issues. View your issues in the issue navigator", more.getText());
        browser.screenshot("dashboard-assigned-to-me");

        more.findElement(By.tagName("a")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/issues/?assignee=editor"));
        assertEquals("editor", new Select(browser.find(By.id("navigator-assignee"))).getFirstSelectedOption()
                .getAttribute("value"));
    }

    private static void create(Browser browser, String summary) {
        browser.open("/issues/");
        browser.find(By.id("create_link")).click();
        browser.find(By.id("create-summary")).sendKeys(summary);
        new Select(browser.find(By.id("create-project"))).selectByValue("SVC");
        new Select(browser.find(By.id("create-issuetype"))).selectByVisibleText("Improvement");
        new Select(browser.find(By.id("create-assignee"))).selectByVisibleText("Ed Editor");
        browser.find(By.id("create-issue-submit")).click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/browse/SVC-\\d+$"));
    }
}
