package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person records a value in the Improvement panel, and the panel's KPI table, the project's scorecard and the
 * dashboard's trend all show the period's new value.
 */
class RecordValueTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final By MTTR_LATEST = By.cssSelector("tr[data-key='MTTR-P2'] .csiloop-kpi-latest");

    @Test
    void shouldShowARecordedValueInThePanelTheScorecardAndTheTrend() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        String scorecardBefore = scorecardLatest(browser);
        String trendBefore = mttrTrendSummary(browser);
        browser.open("/browse/SVC-2");
        String panelBefore = browser.find(MTTR_LATEST).getText();

        browser.find(By.cssSelector(".csiloop-record-form [name='value']")).sendKeys("480");
        browser.find(By.cssSelector(".csiloop-record-submit")).click();
        browser.waitFor(d -> !d.findElement(MTTR_LATEST).getText().equals(panelBefore));
        browser.screenshot("improvement-panel-after-recording");

        String panelAfter = browser.find(MTTR_LATEST).getText();
        String scorecardAfter = scorecardLatest(browser);
        String trendAfter = mttrTrendSummary(browser);
        assertNotEquals(scorecardBefore, scorecardAfter);
        assertEquals(panelAfter, scorecardAfter, "the scorecard shows what the panel shows");
        assertNotEquals(trendBefore, trendAfter);
        assertTrue(trendAfter.contains(panelAfter.split(" ")[0]), trendAfter + " should show " + panelAfter);
    }

    /** The project page's scorecard value of MTTR-P2, without the period label. */
    private static String scorecardLatest(Browser browser) {
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        return browser.find(By.cssSelector(".csiloop-scorecard tr[data-key='MTTR-P2'] .csiloop-kpi-latest")).getText();
    }

    /** The trend item's summary once it is configured to MTTR-P2 through its edit form. */
    private static String mttrTrendSummary(Browser browser) {
        browser.open("/secure/Dashboard.jspa");
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend canvas"));
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend .preview-gadget-edit")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#gadget-csiloop-kpi-trend [name='definitionId'] option")).size() == 4);
        new Select(browser.find(By.cssSelector("#gadget-csiloop-kpi-trend [name='definitionId']"))).selectByVisibleText(
                "Time to resolve P2 incidents (MTTR-P2)");
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend .csiloop-dashboard-config button[type='submit']")).click();
        return browser.waitFor(d -> d.findElements(By.cssSelector("#gadget-csiloop-kpi-trend .csiloop-trend-summary")).stream()
                .map(e -> e.getText()).filter(t -> t.startsWith("Time to resolve")).findFirst().orElse(null));
    }
}
