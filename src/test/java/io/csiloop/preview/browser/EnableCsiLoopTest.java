package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's "Must show": a project administrator enables CSI Loop for IT Operations through its settings page, and
 * the project then offers the Improvement type: created there, it has the Improvement panel.
 */
class EnableCsiLoopTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldEnableCsiLoopForItOperationsAndCreateAnImprovementThere() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/projects/OPS");
        browser.find(By.id("create_link")).click();
        assertTrue(new Select(browser.find(By.id("create-project"))).getOptions().stream()
                .noneMatch(o -> o.getAttribute("value").equals("OPS")), "no CSI Loop type in IT Operations yet");
        browser.find(By.id("create-issue-cancel")).click();

        browser.find(By.id("settings-csiloop-project-setup")).click();
        browser.find(By.cssSelector(".csiloop-plan li"));
        browser.screenshot("enable-csiloop-ops");
        browser.find(By.id("csiloop-enable")).click();
        browser.find(By.cssSelector("#csiloop-project-setup .aui-message-success"));

        browser.open("/projects/OPS");
        browser.find(By.id("create_link")).click();
        new Select(browser.find(By.id("create-project"))).selectByValue("OPS");
        new Select(browser.find(By.id("create-issuetype"))).selectByVisibleText("Improvement");
        WebElement summary = browser.find(By.id("create-summary"));
        summary.sendKeys("Fewer failed backups");
        browser.find(By.id("create-issue-submit")).click();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/browse/OPS-4"));
        assertEquals("IDENTIFY THE APPROACH", browser.find(By.id("issue-status")).getText(), "a lozenge, in capitals");
        assertEquals("Ada Admin", browser.find(By.id("issue-reporter")).getText());
        browser.find(By.cssSelector(".csiloop-improvement-panel"));
        browser.screenshot("enable-csiloop-ops-improvement");
    }
}
