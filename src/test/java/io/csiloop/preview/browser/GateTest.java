package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A gate blocks a transition and lists what is missing; once the evidence is recorded in the panel, the same
 * transition passes.
 */
class GateTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldBlockStartClosingUntilTheProgressReportIsWritten() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/browse/SVC-1");

        browser.find(By.cssSelector(".preview-transition[data-transition='start-closing']")).click();
        List<WebElement> refusal = browser.waitFor(d -> {
            List<WebElement> lines = d.findElements(By.cssSelector(".preview-refusal p, .preview-refusal li"));
            return lines.isEmpty() ? null : lines;
        });
        assertEquals(List.of("The gate \"Ready for closing\" is not passed yet. Still missing:",
                "No progress report is recorded yet.",
                "The progress report does not say how the transition into operation is planned and supported.",
                "The gate decision is not recorded yet: the approver decides go, go with conditions or stop."),
                refusal.stream().map(WebElement::getText).toList());
        browser.screenshot("gate-refusal");
        assertEquals("MONITOR & CONTROL", browser.find(By.id("issue-status")).getText());

        browser.find(By.cssSelector("[data-item-key='progress-report'] textarea")).sendKeys("On scope, 5 % under budget.");
        browser.find(By.cssSelector("[data-item-key='progress.transition'] textarea")).sendKeys("Operations trained.");
        browser.find(By.cssSelector("[data-item-key='gate-decision'] input[value='GO'] ~ label")).click();
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        browser.find(By.cssSelector(".preview-transition[data-transition='start-closing']")).click();

        browser.waitFor(d -> d.findElement(By.id("issue-status")).getText().equals("CLOSING"));
        assertEquals("Closing", browser.find(By.cssSelector(".csiloop-step-current .csiloop-step-label")).getText());
    }
}
