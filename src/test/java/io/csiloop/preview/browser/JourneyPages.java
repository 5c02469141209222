package io.csiloop.preview.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's moves on an issue page of the journey (answer an item, tick one, save, take a transition), the REST reads
 * the assertions make in the user's own session, and the journey's pictures: each framed on the part of the page the
 * step is about, saved as {@code target/screenshots/<folder>/NN-name.png}.
 */
final class JourneyPages {

    /** Every control of the panels, the project page and the measure page that changes something, by its class. */
    static final List<String> CHANGES = List.of(".csiloop-evidence-save", ".csiloop-evidence-amend",
            ".preview-transition", ".csiloop-measure-define", ".csiloop-measure-link-open", ".csiloop-measure-unlink",
            ".csiloop-measure-form", ".csiloop-record-form", ".csiloop-record-submit", ".csiloop-csv-open",
            ".csiloop-csv-dialog", ".csiloop-point-correct", ".csiloop-point-delete", ".csiloop-pack-produce",
            ".csiloop-measure-admin", ".csiloop-definition-edit", ".csiloop-rebase-approve", "#csiloop-rebase-dialog");

    private final Browser browser;
    private final String base;
    private final Path folder;

    JourneyPages(Browser browser, String base, String folder) {
        this.browser = browser;
        this.base = base;
        this.folder = Browser.SCREENSHOTS.resolve(folder);
    }

    void answer(String item, String text) {
        WebElement field = browser.find(By.cssSelector(".csiloop-gate [data-item-key='" + item + "'] textarea"));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks a checklist item by its label, as a person clicks it. */
    void tick(String item) {
        browser.find(By.cssSelector(".csiloop-gate [data-item-key='" + item + "'] label")).click();
    }

    void saveEvidenceUntilTheGatePasses() {
        browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-save")).click();
        gatePassed();
    }

    void gatePassed() {
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate .csiloop-gate-verdict.aui-message-success")).size() == 1);
    }

    List<String> missing() {
        return browser.driver().findElements(By.cssSelector(".csiloop-gate-missing li")).stream().map(WebElement::getText).toList();
    }

    void transition(String transition, String status) {
        browser.find(By.cssSelector(".preview-transition[data-transition='" + transition + "']")).click();
        browser.waitFor(d -> d.findElement(By.id("issue-status")).getText().equals(status));
    }

    String currentStep() {
        return browser.find(By.cssSelector(".csiloop-step-current .csiloop-step-label")).getText();
    }

    /** A REST read in the signed-in user's session: the answer's status and body, e.g. "200 {...}". */
    String read(String path) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {Accept: 'application/json'}})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)), e => done('failed: ' + e));",
                base + "/rest/csiloop/1.0/" + path);
    }

    /** How the browser's locale orders a day's fields, as a pattern: "MMddyyyy" in en-US, "ddMMyyyy" in en-GB. */
    String dayOrder() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return new Intl.DateTimeFormat().formatToParts(new Date(2026, 10, 30)).map(function (p) {"
                        + " return {day: 'dd', month: 'MM', year: 'yyyy'}[p.type] || ''; }).join('');");
    }

    /**
     * Saves the part of the page that holds every element the selectors find (the first of each), with a margin,
     * scrolled into view first: the step's subject, not the whole issue.
     */
    Path shoot(String name, String... selectors) throws IOException {
        Files.createDirectories(folder);
        for (String selector : selectors) {
            browser.find(By.cssSelector(selector));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var l = Infinity, t = Infinity, r = 0, b = 0;"
                        + "arguments[0].forEach(function (s) { var e = document.querySelector(s);"
                        + " if (!e) { return; } e.scrollIntoView({block: 'nearest'}); var x = e.getBoundingClientRect();"
                        + " l = Math.min(l, x.left + scrollX); t = Math.min(t, x.top + scrollY);"
                        + " r = Math.max(r, x.right + scrollX); b = Math.max(b, x.bottom + scrollY); });"
                        + "var m = 12; l = Math.max(0, l - m); t = Math.max(0, t - m);"
                        + "return {x: l, y: t, width: Math.min(document.documentElement.scrollWidth, r + m) - l,"
                        + " height: Math.min(document.documentElement.scrollHeight, b + m) - t, scale: 1};",
                List.of(selectors));
        Map<String, Object> shot = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", box));
        Path file = folder.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /** Asserts the page offers no control that changes anything, and every evidence field is read-only. */
    static void assertNothingChanges(Browser browser, String page) {
        for (String control : CHANGES) {
            assertTrue(browser.driver().findElements(By.cssSelector(control)).isEmpty(), control + " on " + page);
        }
        for (WebElement field : browser.driver().findElements(By.cssSelector(".csiloop-gate textarea, .csiloop-gate input"))) {
            assertTrue(field.getAttribute("readonly") != null || field.getAttribute("disabled") != null,
                    "an evidence field on " + page + " is read-only: " + field.getAttribute("id"));
        }
    }

    /** The data points of the page's collect area, shown. */
    static void showPoints(Browser browser) {
        browser.find(By.cssSelector(".csiloop-points-show")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-points-rows tr.csiloop-point")).size() > 0);
    }

    /** Cycle 2 from Collect data to Implement improvements, as the journey makes it: one value, findings, a pack. */
    void walkCycleTwoToStepSeven() {
        transition("start-next-cycle", "COLLECT DATA");
        assertEquals("Cycle 2", browser.find(By.cssSelector(".csiloop-cycle")).getText());
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-record-form [name='value']")).sendKeys("2.1");
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-record-submit")).click();
        gatePassed();
        transition("process-data", "PROCESS DATA");
        transition("analyse-data", "ANALYSE DATA");
        answer("cycle-2.findings", "The lead time holds near 2.4 days.");
        tick("cycle-2.gaps-reviewed");
        tick("cycle-2.signals-reviewed");
        saveEvidenceUntilTheGatePasses();
        transition("present-knowledge", "PRESENT THE KNOWLEDGE");
        answer("cycle-2.decision", "Keep the pre-approval");
        answer("cycle-2.decided-by", "Change advisory board");
        browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-save")).click();
        browser.waitFor(d -> missing().size() == 1);
        browser.find(By.cssSelector(".csiloop-pack-produce")).click();
        gatePassed();
        transition("implement-improvements", "IMPLEMENT IMPROVEMENTS");
    }

    /** Types each text into its field of the form: a field's name, then its text, and so on. */
    void type(String form, String... namesAndTexts) {
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            WebElement input = browser.find(By.cssSelector(form + " [name='" + namesAndTexts[i] + "']"));
            input.clear();
            input.sendKeys(namesAndTexts[i + 1]);
        }
    }
}
