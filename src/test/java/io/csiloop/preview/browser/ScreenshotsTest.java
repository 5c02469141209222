package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every panel, the project page and every dashboard item, as a person sees them; saved under target/screenshots. */
class ScreenshotsTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldShowTheImprovementPanelAtCollectData() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/browse/SVC-2");

        assertEquals("3 Collect data", browser.find(By.cssSelector(".csiloop-step-current .csiloop-step-label")).getText());
        browser.screenshot("improvement-panel");
    }

    @Test
    void shouldShowTheLifecyclePanelWithItsGateInMonitorAndControl() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/browse/SVC-1");

        assertEquals("Monitor & Control", browser.find(By.cssSelector(".csiloop-step-current .csiloop-step-label")).getText());
        assertEquals("No progress report is recorded yet.", browser.find(By.cssSelector(".csiloop-gate-missing li")).getText());
        browser.screenshot("lifecycle-panel");
    }

    @Test
    void shouldShowTheProjectPageWithScorecardRegisterAndMeasurementAdministration() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");

        browser.find(By.cssSelector(".csiloop-definition-rows tr[data-definition-id]"));
        assertEquals(4, browser.driver().findElements(By.cssSelector(".csiloop-scorecard .csiloop-kpi-row")).size());
        browser.screenshot("project-page");
    }

    @Test
    void shouldShowTheKpiDashboardItems() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/secure/Dashboard.jspa");

        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend canvas"));
        browser.waitFor(d -> d.findElements(By.cssSelector("#gadget-csiloop-kpi-scorecard .csiloop-kpi-status")).size() == 4);
        WebElement collecting = browser.find(By.cssSelector("#gadget-csiloop-csi-pipeline tr[data-status='Collect data']"));
        assertEquals("1", collecting.findElement(By.cssSelector(".csiloop-count-number")).getText());
        WebElement monitoring = browser.find(By.cssSelector("#gadget-csiloop-lifecycle-portfolio tr[data-status='Monitor & Control']"));
        assertEquals("Ready for closing: 0 of 4 checklist items answered",
                browser.waitFor(d -> monitoring.findElement(By.cssSelector(".csiloop-gate-lozenge"))).getText());
        browser.screenshot("dashboard");
    }

    @Test
    void shouldOfferNoEditingToSomeoneWhoMayOnlyBrowse() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-1");

        browser.find(By.cssSelector(".csiloop-gate-missing li"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(".csiloop-evidence-save, .preview-transition")).size());
        assertEquals("true", browser.find(By.cssSelector("[data-item-key='progress-report'] textarea")).getAttribute("readonly"));
        browser.open("/browse/SVC-2");
        browser.find(By.cssSelector(".csiloop-kpi-row"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(".csiloop-record-form")).size());
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-register-table"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(".csiloop-measure-admin")).size());
    }
}
