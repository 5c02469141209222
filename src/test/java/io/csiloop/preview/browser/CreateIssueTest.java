package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview as a trial Jira: an editor creates an Improvement through the header's Create dialog, as in Jira, and
 * lands on it at step 1 with the Improvement panel; a field left empty is named under the field; a viewer, who may
 * not create issues, gets no Create button.
 */
class CreateIssueTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldCreateAnImprovementAndOpenItAtItsFirstStep() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/issues/");
        browser.find(By.id("create_link")).click();
        WebElement summary = browser.find(By.id("create-summary"));
        new Select(browser.find(By.id("create-project"))).selectByValue("SVC");
        new Select(browser.find(By.id("create-issuetype"))).selectByVisibleText("Improvement");

        browser.find(By.id("create-issue-submit")).click();
        browser.waitFor(d -> "true".equals(summary.getAttribute("aria-invalid")));
        assertEquals("You must specify a summary of the issue.", browser.find(By.id("create-summary-error")).getText());
        assertEquals(summary, browser.driver().switchTo().activeElement(), "the focus is on the field in error");

        summary.sendKeys("Answer chat requests within a minute");
        browser.find(By.id("create-description")).sendKeys("Chat customers give up after two minutes.");
        new Select(browser.find(By.id("create-assignee"))).selectByVisibleText("Ed Editor");
        browser.find(By.id("create-duedate")).sendKeys("2027-03-31");
        browser.screenshot("create-issue-dialog");
        browser.find(By.id("create-issue-submit")).click();

        browser.waitFor(d -> d.getCurrentUrl().matches(".*/browse/SVC-\\d+$"));
        Matcher key = Pattern.compile("SVC-(\\d+)$").matcher(browser.driver().getCurrentUrl());
        assertTrue(key.find() && Integer.parseInt(key.group(1)) >= 15, "the key after the demo's SVC-14");
        assertEquals("Answer chat requests within a minute", browser.find(By.id("issue-summary")).getText());
        assertEquals("Improvement", browser.find(By.id("issue-type")).getText());
        assertEquals("IDENTIFY THE APPROACH", browser.find(By.id("issue-status")).getText(), "a lozenge, in capitals");
        assertEquals("Ed Editor", browser.find(By.id("issue-reporter")).getText());
        assertEquals("Ed Editor", browser.find(By.id("issue-assignee")).getText());
        assertEquals("31/Mar/27", browser.find(By.id("issue-due")).getText());
        assertEquals("Chat customers give up after two minutes.", browser.find(By.id("issue-description")).getText());
        browser.find(By.cssSelector(".csiloop-improvement-panel"));
        browser.screenshot("create-issue-created");
    }

    @Test
    void shouldNotOfferAViewerToCreate() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-2");
        browser.find(By.id("issue-summary"));
        assertTrue(browser.driver().findElements(By.id("create_link")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("create-issue-dialog")).isEmpty());
    }
}
