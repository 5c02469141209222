package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step 6 is passed with a produced pack, never a ticked box: an improvement walks into "Present the knowledge",
 * its decision is recorded, and the gate still refuses until the panel's button has produced the cycle's pack;
 * then the pack's page is linked and the transition passes. Every move is a click, as a person makes it.
 */
class StakeholderPackTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldKeepStepSixShutUntilThePanelHasProducedThePack() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/browse/SVC-7");
        browser.find(By.cssSelector("[data-item-key='cycle-1.findings'] textarea")).sendKeys("Unanswered comments cluster on Mondays.");
        browser.find(By.cssSelector("[data-item-key='cycle-1.signals-reviewed'] label")).click();
        saveEvidenceUntilTheGatePasses(browser);
        transition(browser, "present-knowledge", "PRESENT THE KNOWLEDGE");

        assertTrue(browser.driver().findElements(By.cssSelector("[data-kind='pack'], [data-item-key$='stakeholder-pack']"))
                .isEmpty(), "no box to tick for the pack");
        browser.find(By.cssSelector("[data-item-key='cycle-1.decision'] textarea")).sendKeys("Answer every comment within a week");
        browser.find(By.cssSelector("[data-item-key='cycle-1.decided-by'] textarea")).sendKeys("Service owner");
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-missing li")).size() == 1);
        assertEquals("The stakeholder pack for cycle 1 has not been produced yet.",
                browser.find(By.cssSelector(".csiloop-gate-missing li")).getText());
        browser.find(By.cssSelector(".preview-transition[data-transition='implement-improvements']")).click();
        List<WebElement> refusal = browser.waitFor(d -> {
            List<WebElement> lines = d.findElements(By.cssSelector(".preview-refusal li"));
            return lines.isEmpty() ? null : lines;
        });
        assertEquals(List.of("The stakeholder pack for cycle 1 has not been produced yet."),
                refusal.stream().map(WebElement::getText).toList());
        assertEquals("PRESENT THE KNOWLEDGE", browser.find(By.id("issue-status")).getText());

        browser.find(By.cssSelector(".csiloop-pack-produce")).click();
        WebElement page = browser.find(By.cssSelector(".csiloop-pack .csiloop-pack-html"));
        String href = page.getAttribute("href");
        assertTrue(browser.driver().findElements(By.cssSelector(".csiloop-pack-produce")).isEmpty(),
                "the cycle has its pack: the button is offered no more");
        assertEquals(List.of("Open page", "Download PDF", "Download CSV"), browser.driver()
                .findElements(By.cssSelector(".csiloop-pack a")).stream().map(WebElement::getText).toList());
        String produced = browser.find(By.cssSelector(".csiloop-pack")).getText();
        assertTrue(produced.matches("Produced \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d Europe/Berlin:.*"),
                "the time in the reporting zone: " + produced);
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        browser.screenshot("improvement-panel-pack-produced");
        transition(browser, "implement-improvements", "IMPLEMENT IMPROVEMENTS");

        browser.driver().get(href);
        assertTrue(browser.driver().getPageSource().contains("SVC-7"), "the link opens the stored pack");
    }

    private static void saveEvidenceUntilTheGatePasses(Browser browser) {
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
    }

    private static void transition(Browser browser, String transition, String status) {
        browser.find(By.cssSelector(".preview-transition[data-transition='" + transition + "']")).click();
        browser.waitFor(d -> d.findElement(By.id("issue-status")).getText().equals(status));
    }
}
