package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a gate passes, its evidence is locked: a Lifecycle Project passes "Ready for closing" through the panel
 * and the transition, then the panel shows that gate's checklist read-only with "Locked — passed <date>" and its
 * history; "Amend" asks for a reason, is refused without one, and with one adds a version to the history. Every
 * move is a click or typing, as a person makes it.
 */
class EvidenceLockTest {

    /** The gate this test passes; SVC-1's earlier gates are passed (and locked) in the seed already. */
    static final String PASSED = ".csiloop-passed-gate[data-gate-id='lifecycle.monitor-and-control-exit']";
    private static final String AHEAD = "section.csiloop-gate:not(.csiloop-passed-gate) ";
    private static final String PASSAGE = "The gate has been passed";
    private static final String REPORT = "Progress report (scope, cost, risk, changes)";

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldLockTheEvidenceOfAPassedGateAndAmendItWithAReason() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        passReadyForClosing(browser, "On scope, 5 % under budget.");

        WebElement lozenge = browser.find(By.cssSelector(PASSED + " .csiloop-locked-lozenge"));
        assertTrue(lozenge.getText().matches("(?i)LOCKED — PASSED \\d{4}-\\d{2}-\\d{2}"), lozenge.getText());
        WebElement report = browser.find(By.cssSelector(PASSED + " [data-item-key='progress-report'] textarea"));
        assertEquals("On scope, 5 % under budget.", report.getAttribute("value"));
        assertEquals("true", report.getAttribute("readonly"), "locked until Amend");
        assertEquals(List.of("Gate decision v1", PASSAGE + " v1", REPORT + " v1", "Transition planning and support v1"),
                items(browser), "the history has the written answers, the decision and the passage");

        browser.find(By.cssSelector(PASSED + " .csiloop-evidence-amend")).click();
        assertNull(report.getAttribute("readonly"), "Amend opens the fields");
        report.clear();
        report.sendKeys("On scope, 4 % under budget <after the audit>.");
        browser.find(By.cssSelector(PASSED + " .csiloop-evidence-save")).click();
        WebElement refusal = browser.waitFor(d -> d.findElements(By.cssSelector(PASSED + " [data-field='reason']"))
                .stream().filter(e -> !e.getText().isEmpty()).findFirst().orElse(null));
        assertTrue(refusal.getText().startsWith("This gate passed on "), refusal.getText());
        assertTrue(refusal.getText().endsWith(": its evidence is locked, and an amendment needs a reason."),
                refusal.getText());

        browser.find(By.cssSelector(PASSED + " [name='reason']")).sendKeys("The finance audit corrected the figure.");
        browser.find(By.cssSelector(PASSED + " .csiloop-evidence-save")).click();
        browser.waitFor(d -> items(browser).size() == 5);

        assertTrue(items(browser).containsAll(List.of(PASSAGE + " v1", REPORT + " v1", REPORT + " v2")), items(browser)::toString);
        List<WebElement> amendment = browser.find(By.cssSelector(PASSED + " .csiloop-amendment"))
                .findElements(By.tagName("td"));
        assertEquals("WRITTEN: On scope, 5 % under budget. → WRITTEN: On scope, 4 % under budget <after the audit>.",
                amendment.get(3).getText());
        assertEquals("The finance audit corrected the figure.", amendment.get(4).getText());
        assertEquals("On scope, 4 % under budget <after the audit>.", browser.find(By.cssSelector(
                PASSED + " [data-item-key='progress-report'] textarea")).getAttribute("value"));
        assertFalse(browser.driver().getPageSource().contains("<after the audit>"), "the text is escaped");
        browser.screenshot("lifecycle-panel-evidence-locked-and-amended");
    }

    /**
     * SVC-1 passes "Ready for closing": its progress report and transition planning written, the decision go
     * taken and saved, then the transition taken.
     */
    static void passReadyForClosing(Browser browser, String report) {
        browser.open("/browse/SVC-1");
        browser.find(By.cssSelector(AHEAD + "[data-item-key='progress-report'] textarea")).sendKeys(report);
        browser.find(By.cssSelector(AHEAD + "[data-item-key='progress.transition'] textarea"))
                .sendKeys("Operations trained; the runbook handed over.");
        browser.find(By.cssSelector(AHEAD + "[data-item-key='gate-decision'] input[value='GO'] ~ label")).click();
        browser.find(By.cssSelector(AHEAD + ".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        browser.find(By.cssSelector(".preview-transition[data-transition='start-closing']")).click();
        browser.waitFor(d -> d.findElement(By.id("issue-status")).getText().equals("CLOSING"));
    }

    private static List<String> items(Browser browser) {
        return browser.driver().findElements(By.cssSelector(PASSED + " .csiloop-evidence-history tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }
}
