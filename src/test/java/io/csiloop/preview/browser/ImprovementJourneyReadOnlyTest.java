package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The journey's pages as {@code viewer}, who may only browse: SVC-3 (Improved), SVC-2 (Collect data) and the project
 * page show the steps, the evidence, the KPI table, the measures, the data points, the packs and the verdict, and not
 * one control that changes anything; REST refuses the change such a control would make.
 */
class ImprovementJourneyReadOnlyTest {

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
        JourneyPages.showPoints(browser);
        JourneyPages.assertNothingChanges(browser, "SVC-3");
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
        JourneyPages.showPoints(browser);
        JourneyPages.assertNothingChanges(browser, "SVC-2");

        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-register-table"));
        assertEquals(4, browser.driver().findElements(By.cssSelector(".csiloop-scorecard .csiloop-kpi-row")).size());
        JourneyPages.showPoints(browser);
        JourneyPages.assertNothingChanges(browser, "the project page");
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
}
