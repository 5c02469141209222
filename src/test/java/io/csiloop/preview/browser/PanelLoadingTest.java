package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the issue panels come after Jira's issue page. The page shows each panel's shell, busy, with a loading
 * text; the panel's content takes its place with what its scripts draw on a new panel; a content that cannot be
 * loaded says why in an AUI error, and "Try again" loads it once it can. The content is held back with Chromium's
 * own network controls ({@link Browser#holdPanelContent}, {@link Browser#blockPanelContent}), not a switch in the app.
 */
class PanelLoadingTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldPutThePanelInTheShellsPlaceWithWhatItsScriptsDrawOnANewPanel() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/browse/SVC-3");

        // SVC-3's control chart is drawn by improvement-charts.js once the panel is in.
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-panel-chart-body:not([aria-busy]) canvas"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(".csiloop-panel-shell")).size());
        browser.screenshot("issue-panel-loaded");

        browser.open("/browse/SVC-2");
        // "Record a value" starts at today (collect.js, for the new panel).
        assertEquals(LocalDate.now().toString(),
                browser.find(By.cssSelector(".csiloop-record-form [name='observedOn']")).getAttribute("value"));
    }

    @Test
    void shouldShowTheShellBusyWhileTheContentLoads() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.holdPanelContent(true); // the page is drawn, the panel's content is not
        try {
            browser.openAsIs("/browse/SVC-2");
            WebElement shell = browser.waitAsIs(d -> d.findElements(By.cssSelector(Browser.LOADING_SHELL)).stream()
                    .findFirst().orElse(null));
            assertEquals("Loading CSI Loop...", shell.findElement(By.cssSelector("[role='status']")).getText());
            assertEquals("SVC-2", shell.getAttribute("data-issue-key"));
            browser.screenshot("issue-panel-loading");
        } finally {
            browser.holdPanelContent(false);
        }
    }

    @Test
    void shouldSayWhyThePanelCouldNotBeLoadedAndLoadItOnRetry() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.blockPanelContent(true);
        try {
            browser.open("/browse/SVC-1");
            WebElement failure = browser.find(By.cssSelector(".csiloop-panel-shell .csiloop-panel-failed"));
            assertEquals("alert", failure.getAttribute("role"));
            assertTrue(failure.getText().startsWith("CSI Loop could not load this panel: "), failure.getText());
            browser.screenshot("issue-panel-failed");
        } finally {
            browser.blockPanelContent(false);
        }

        ((JavascriptExecutor) browser.driver()).executeScript("document.addEventListener('csiloop:panel-loaded',"
                + " function (e) { window.loadedPanel = e.target.className + ' ' + e.detail.issueKey; });");
        browser.find(By.cssSelector(".csiloop-panel-retry")).click();

        WebElement panel = browser.find(By.cssSelector(".csiloop-lifecycle-panel[data-issue-key='SVC-1']"));
        browser.find(By.cssSelector(".csiloop-gate-missing li"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(".csiloop-panel-shell")).size());
        assertEquals(panel, ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement;"),
                "the retry's successor, the panel, has the focus");
        assertEquals("csiloop-panel csiloop-lifecycle-panel SVC-1",
                ((JavascriptExecutor) browser.driver()).executeScript("return window.loadedPanel;"), "announced");
    }
}
