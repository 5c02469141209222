package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Did it work?" on the Improvement panel: SVC-3, Improved, shows its first-contact resolution Improved at its
 * go-live, with the shift and its interval, in the very sentence REST's before/after answers (one verdict read by
 * the gate, the panel, the pack and REST).
 */
class DidItWorkTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldShowSvc3ImprovedInTheWordsRestAnswers() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-3");

        WebElement verdict = browser.find(By.cssSelector(".csiloop-verdicts .csiloop-verdict"));
        String reasons = verdict.findElement(By.cssSelector(".csiloop-verdict-reasons")).getText();
        String definitionId = browser.find(By.cssSelector(".csiloop-kpi-row")).getAttribute("data-definition-id");
        String path = "/rest/csiloop/1.0/projects/SVC/definitions/" + definitionId + "/kpi/before-after";
        Object rest = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {Accept: 'application/json'}}).then(r => r.json())"
                        + ".then(j => done(j.reasons), e => done('failed: ' + e));",
                world.preview().baseUrl() + path);
        browser.screenshot("improvement-panel-did-it-work");

        assertAll(() -> assertEquals("Did it work?", browser.find(By.cssSelector(".csiloop-verdicts h3")).getText()),
                () -> assertEquals("First-contact resolution",
                        verdict.findElement(By.cssSelector(".csiloop-verdict-measure")).getText()),
                () -> assertEquals("IMPROVED", verdict.findElement(By.cssSelector(
                        ".aui-lozenge-success.csiloop-verdict-label")).getText(), "AUI lozenges are upper case"),
                () -> assertTrue(reasons.matches("Improved: after the change on 2\\d{3}-\\d\\d-\\d\\d the median rose by "
                        + "1\\d(\\.\\d)? % \\(95 % CI .*\\); \\d+ of \\d+ periods since sit above the old mean\\..*"),
                        reasons),
                () -> assertEquals(rest, reasons, "the panel says what REST says"),
                () -> assertTrue(verdict.findElement(By.cssSelector(".csiloop-verdict-shift")).getText()
                        .startsWith("Shift +1"), verdict.getText()),
                () -> assertTrue(verdict.findElement(By.cssSelector(".csiloop-verdict-go-live")).getText()
                        .matches("Go-live \\d{4}-\\d\\d-\\d\\d \\(recorded\\)"), verdict.getText()));
    }
}
