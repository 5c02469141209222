package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measure page as a person reaches and reads it: from the project page's scorecard, FCR's chart with its period
 * table shown, the rebase the demo approved at SVC-3's go-live listed, the data points, the snapshots and the
 * definition's changes. The administrator may correct and delete points; a viewer sees all of it and may change
 * nothing. An anonymous visitor logs in and comes back to it. Saved as {@code target/screenshots/measure-page.png}.
 */
class MeasurePageTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldShowFcrFromTheScorecardWithChartPeriodsRebasePointsSnapshotsAndAudit() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        openFcrFromTheScorecard(browser);

        assertEquals("First-contact resolution", browser.find(By.cssSelector(".csiloop-measure-name")).getText());
        assertEquals("Ada Admin", browser.find(By.cssSelector(".csiloop-measure-owner")).getText(),
                "the owner by name, as Jira's user manager knows them, not by user key");
        browser.find(By.cssSelector(".csiloop-measure-chart canvas"));
        List<WebElement> periods = browser.driver().findElements(By.cssSelector(".csiloop-measure-periods tbody tr"));
        assertTrue(periods.size() > 3, "periods: " + periods.size());
        assertTrue(periods.get(0).isDisplayed(), "the period table is shown, not only read aloud");
        assertTrue(periods.get(0).findElements(By.tagName("td")).get(0).getText().matches("[0-9.]+.*"),
                periods.get(0).getText());
        WebElement rebase = browser.find(By.cssSelector(".csiloop-measure-rebases .csiloop-measure-rebase"));
        assertTrue(rebase.getText().contains("The knowledge base went live"), rebase.getText());
        browser.find(By.cssSelector(".csiloop-measure-snapshots table, .csiloop-measure-snapshots .csiloop-measure-none"));
        assertTrue(browser.find(By.cssSelector(".csiloop-measure-audit-entry")).getText().startsWith("Version 1: CREATED"));
        browser.find(By.cssSelector(".csiloop-points-list .csiloop-point-correct"));
        assertTrue(browser.driver().findElements(By.cssSelector(".csiloop-point-delete")).size() > 0);
        browser.screenshot("measure-page");
    }

    @Test
    void shouldShowAViewerEverythingAndOfferNoChange() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        openFcrFromTheScorecard(browser);

        browser.find(By.cssSelector(".csiloop-measure-chart canvas"));
        browser.find(By.cssSelector(".csiloop-measure-rebases .csiloop-measure-rebase"));
        browser.find(By.cssSelector(".csiloop-measure-audit-entry"));
        browser.find(By.cssSelector(".csiloop-points-list tbody tr"));
        for (String control : List.of(".csiloop-rebase-approve", "#csiloop-rebase-dialog", ".csiloop-point-correct",
                ".csiloop-point-delete", ".csiloop-record-form")) {
            assertFalse(browser.driver().findElements(By.cssSelector(control)).size() > 0, control);
        }
    }

    @Test
    void shouldReachTheMeasurePageFromTheDashboardScorecardAndTheImprovementPanel() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/secure/Dashboard.jspa");
        browser.find(By.cssSelector("#gadget-csiloop-kpi-scorecard tr[data-key='FCR'] a.csiloop-kpi-name")).click();
        assertEquals("First-contact resolution", browser.find(By.cssSelector(".csiloop-measure-name")).getText());

        browser.open("/browse/SVC-3");
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-kpi-table a.csiloop-kpi-name")).click();
        assertEquals("First-contact resolution", browser.find(By.cssSelector(".csiloop-measure-name")).getText());
        assertEquals("SVC-3", browser.find(By.cssSelector(".csiloop-measure-improvement")).getText());
    }

    @Test
    void shouldSendAnAnonymousVisitorToJirasLoginAndBackToTheMeasure() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        openFcrFromTheScorecard(browser);
        String measure = browser.driver().getCurrentUrl();
        browser.logOut();

        browser.driver().get(measure);
        browser.find(By.id("login-username")).sendKeys("viewer");
        browser.find(By.id("login-password")).sendKeys("viewer");
        browser.find(By.id("login-submit")).click();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("csiloop-measure-page")));
        assertEquals(measure, browser.driver().getCurrentUrl(), "the measure page again, the query kept");
        assertEquals("First-contact resolution", browser.find(By.cssSelector(".csiloop-measure-name")).getText());
    }

    private static void openFcrFromTheScorecard(Browser browser) {
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-scorecard tr[data-key='FCR'] a.csiloop-kpi-name")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("csiloop-measure-page")));
    }
}
