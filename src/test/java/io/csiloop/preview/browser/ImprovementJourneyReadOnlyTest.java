package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journey's pages as {@code viewer}, who may only browse: SVC-3 (Improved), SVC-2 (Collect data) and the project
 * page show the steps, the evidence, the KPI table, the measures, the data points, the packs and the verdict, and not
 * one control that changes anything; REST refuses the change such a control would make.
 */
class ImprovementJourneyReadOnlyTest {

    /** Every control of the panels and the project page that changes something, by its class. */
    private static final List<String> CHANGES = List.of(".csiloop-evidence-save", ".csiloop-evidence-amend", ".preview-transition",
            ".csiloop-measure-define", ".csiloop-measure-link-open", ".csiloop-measure-unlink", ".csiloop-measure-form",
            ".csiloop-record-form", ".csiloop-record-submit", ".csiloop-csv-open", ".csiloop-csv-dialog",
            ".csiloop-point-correct", ".csiloop-point-delete", ".csiloop-pack-produce", ".csiloop-measure-admin",
            ".csiloop-definition-edit");

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldShowTheImprovedSvc3WithNothingToChange() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-3");

        assertEquals("IMPROVED", browser.find(By.id("issue-status")).getText());
        assertEquals(8, browser.driver().findElements(By.cssSelector(".csiloop-tracker-step")).size(),
                "the seven steps and Improved");
        browser.find(By.cssSelector(".csiloop-kpi-row"));
        browser.find(By.cssSelector(".csiloop-measure .csiloop-measure-name"));
        assertEquals("IMPROVED", browser.find(By.cssSelector(".csiloop-verdict .csiloop-verdict-label")).getText());
        showPoints(browser);
        assertNothingChanges(browser, "SVC-3");
    }

    @Test
    void shouldShowSvc2AtCollectDataAndTheProjectPageWithNothingToChange() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-2");

        assertEquals("3 Collect data", browser.find(By.cssSelector(".csiloop-step-current .csiloop-step-label")).getText());
        assertFalse(browser.driver().findElements(By.cssSelector(".csiloop-gate-missing li, .csiloop-gate-verdict")).isEmpty());
        browser.find(By.cssSelector(".csiloop-kpi-row"));
        browser.find(By.cssSelector(".csiloop-measure .csiloop-measure-name"));
        showPoints(browser);
        assertNothingChanges(browser, "SVC-2");

        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-register-table"));
        assertEquals(4, browser.driver().findElements(By.cssSelector(".csiloop-scorecard .csiloop-kpi-row")).size());
        showPoints(browser);
        assertNothingChanges(browser, "the project page");
    }

    @Test
    void shouldRefuseTheViewerAValueThroughRest() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-2");
        String definitionId = browser.find(By.cssSelector(".csiloop-kpi-row")).getAttribute("data-definition-id");
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {Accept: 'application/json',"
                        + " 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},"
                        + " body: JSON.stringify({value: 1})}).then(r => done(r.status), e => done('failed: ' + e));",
                world.preview().baseUrl() + "/rest/csiloop/1.0/projects/SVC/definitions/" + definitionId + "/datapoints");
        assertEquals(403L, status, "Edit Issues is needed to record a value");
    }

    private static void showPoints(Browser browser) {
        browser.find(By.cssSelector(".csiloop-points-show")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-points-rows tr.csiloop-point")).size() > 0);
    }

    private static void assertNothingChanges(Browser browser, String page) {
        for (String control : CHANGES) {
            assertTrue(browser.driver().findElements(By.cssSelector(control)).isEmpty(), control + " on " + page);
        }
        for (WebElement field : browser.driver().findElements(By.cssSelector(".csiloop-gate textarea, .csiloop-gate input"))) {
            assertTrue(field.getAttribute("readonly") != null || field.getAttribute("disabled") != null,
                    "an evidence field on " + page + " is read-only: " + field.getAttribute("id"));
        }
    }
}
