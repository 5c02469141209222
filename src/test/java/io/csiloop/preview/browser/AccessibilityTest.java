package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 A and AA, measured: axe-core run over every page of the app as a project administrator sees it (the
 * most controls), once its scripts have drawn what they draw. Each page must break no rule.
 */
class AccessibilityTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldBreakNoRuleOnTheImprovementPanelAtPresentTheKnowledge() throws Exception {
        // Improved: the panel's control chart drawn, the verdict said in the panel.
        assertNoViolations(opened("/browse/SVC-3", ".csiloop-panel-chart-body:not([aria-busy]) canvas"),
                "Improvement SVC-3");
    }

    @Test
    void shouldBreakNoRuleOnTheImprovementPanelAtCollectData() throws Exception {
        Browser browser = opened("/browse/SVC-2", ".csiloop-record-form");
        browser.screenshot("accessibility-improvement-panel");
        assertNoViolations(browser, "Improvement SVC-2");
    }

    @Test
    void shouldBreakNoRuleOnTheLifecycleProjectPanel() throws Exception {
        assertNoViolations(opened("/browse/SVC-1", ".csiloop-gate-missing li"), "Lifecycle Project SVC-1");
    }

    @Test
    void shouldBreakNoRuleOnAnIssuePanelThatCouldNotBeLoadedNorWhileItLoads() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        try {
            browser.holdPanelContent(true);
            browser.openAsIs("/browse/SVC-2");
            browser.waitAsIs(d -> d.findElements(By.cssSelector(Browser.LOADING_SHELL)).stream().findFirst().orElse(null));
            assertNoViolations(browser, "Improvement SVC-2 while its panel loads");
            browser.holdPanelContent(false);
            browser.blockPanelContent(true);
            browser.open("/browse/SVC-2");
            browser.find(By.cssSelector(".csiloop-panel-failed .csiloop-panel-retry"));
            assertNoViolations(browser, "Improvement SVC-2 with its panel not loaded");
        } finally {
            browser.holdPanelContent(false);
            browser.blockPanelContent(false);
        }
    }

    @Test
    void shouldBreakNoRuleOnTheProjectPage() throws Exception {
        Browser browser = opened("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page",
                ".csiloop-definition-rows tr[data-definition-id]");
        browser.screenshot("accessibility-project-page");
        assertNoViolations(browser, "Project page");
    }

    @Test
    void shouldBreakNoRuleOnTheDashboard() throws Exception {
        Browser browser = opened("/secure/Dashboard.jspa", "#gadget-csiloop-kpi-trend canvas");
        browser.waitFor(d -> d.findElements(By.cssSelector("#gadget-csiloop-kpi-scorecard .csiloop-kpi-status")).size() == 4);
        browser.find(By.cssSelector("#gadget-csiloop-csi-pipeline tr[data-status]"));
        browser.find(By.cssSelector("#gadget-csiloop-lifecycle-portfolio .csiloop-gate-lozenge"));
        browser.find(By.cssSelector("#gadget-csiloop-stuck-improvements .csiloop-stuck-row"));
        assertNoViolations(browser, "Dashboard");
    }

    @Test
    void shouldBreakNoRuleOnTheMeasurePage() throws Exception {
        Browser browser = opened("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page",
                ".csiloop-scorecard tr[data-key='FCR'] a.csiloop-kpi-name");
        browser.find(By.cssSelector(".csiloop-scorecard tr[data-key='FCR'] a.csiloop-kpi-name")).click();
        browser.find(By.cssSelector(".csiloop-measure-chart canvas"));
        browser.find(By.cssSelector(".csiloop-measure-audit-entry"));
        browser.find(By.cssSelector(".csiloop-points-list .csiloop-point-correct"));
        assertNoViolations(browser, "Measure page");
    }

    @Test
    void shouldBreakNoRuleOnTheIssueNavigator() throws Exception {
        assertNoViolations(opened("/issues/?project=SVC", "#issuetable tbody tr"), "Issue navigator");
    }

    @Test
    void shouldBreakNoRuleInTheCreateDialog() throws Exception {
        Browser browser = opened("/issues/", "#issuetable");
        browser.find(By.id("create_link")).click();
        browser.find(By.id("create-summary"));
        browser.find(By.id("create-issue-submit")).click();
        browser.find(By.id("create-summary-error"));
        browser.waitFor(d -> !d.findElement(By.id("create-summary-error")).getText().isEmpty());
        assertNoViolations(browser, "Create dialog with a field error");
    }

    @Test
    void shouldBreakNoRuleOnTheProjectWithoutCsiLoopAndItsEnablePage() throws Exception {
        Browser browser = opened("/projects/OPS", "#settings-csiloop-project-setup");
        assertNoViolations(browser, "IT Operations project page");
        browser.find(By.id("settings-csiloop-project-setup")).click();
        browser.find(By.id("csiloop-enable"));
        assertNoViolations(browser, "Enable CSI Loop for IT Operations");
    }

    @Test
    void shouldBreakNoRuleOnTheBenefitsSectionAndTheBenefitDashboardItem() throws Exception {
        Browser browser = opened("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page",
                ".csiloop-benefits .csiloop-benefit-table");
        assertNoViolations(browser, "Project page with its benefits");
        browser.open("/secure/Dashboard.jspa");
        browser.find(By.cssSelector("#gadget-csiloop-benefits .csiloop-benefit-table"));
        assertNoViolations(browser, "Dashboard with the benefit item");
    }

    @Test
    void shouldBreakNoRuleOnThePhaseExitReport() throws Exception {
        // Closed: every gate passed, each with its decision, approver and date.
        Browser browser = opened("/browse/SVC-5", ".csiloop-phase-exit-report");
        browser.driver().get(browser.find(By.cssSelector(".csiloop-phase-exit-report")).getAttribute("href"));
        browser.find(By.cssSelector("h1"));
        browser.screenshot("accessibility-phase-exit-report");
        assertNoViolations(browser, "Phase-exit report of SVC-5");
    }

    /** The page as a project administrator sees it, once the element its scripts draw last is there. */
    private static Browser opened(String path, String drawn) {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open(path);
        browser.find(By.cssSelector(drawn));
        return browser;
    }

    private static void assertNoViolations(Browser browser, String page) throws Exception {
        List<Axe.Violation> violations = Axe.violations(browser);
        if (!violations.isEmpty()) {
            System.out.println(Axe.report(page, violations));
        }
        assertTrue(violations.isEmpty(), () -> Axe.report(page, violations));
    }
}
