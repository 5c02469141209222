package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measures of an improvement, from its panel, as {@code editor} (Edit Issues, no project administration) on
 * the demo's SVC-6 at step 1: past step 1's gate, step 2's gate lacks a measure and the gap analysis; defining one
 * in the panel with the gap analysis lists it and satisfies the gate. A project measure is linked and unlinked
 * (with a confirmation, by keyboard). An administrator's edit of the measure on the project page keeps its link.
 * A viewer sees the measures and no way to change them.
 */
class ImprovementMeasuresTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final By STEP2_GATE = By.cssSelector(".csiloop-gate[data-gate-id='improvement.define-measurement-exit']");

    @Test
    void shouldDefineLinkAndUnlinkMeasuresFromThePanelAsAnEditor() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/browse/SVC-6");
        answer(browser, "approach.objective-served", "Changes reach production without waiting.");
        answer(browser, "approach.where-we-are-now", "Standard changes wait five days for the CAB.");
        answer(browser, "approach.why-improve", "Teams batch changes, which raises the risk of each.");
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        browser.find(By.cssSelector(".preview-transition[data-transition='define-measurement']")).click();
        browser.find(STEP2_GATE);
        List<String> missing = texts(browser, ".csiloop-gate-missing li");
        assertFalse(missing.isEmpty(), "step 2's gate is shut before a measure is defined");

        browser.find(By.cssSelector(".csiloop-measure-define")).click();
        type(browser, ".csiloop-measure-form", "idealMeasure", "Hours from request to production per standard change.",
                "measurableToday", "Days from ticket creation to resolution, from Jira.",
                "key", "CHG-LT", "name", "Standard change lead time", "unit", "days", "target", "2");
        new Select(browser.find(By.cssSelector(".csiloop-measure-form [name='direction']")))
                .selectByValue("LOWER_IS_BETTER");
        browser.screenshot("improvement-measure-define");
        browser.find(By.cssSelector(".csiloop-measure-save")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-measure .csiloop-measure-name")).stream()
                .anyMatch(e -> e.getText().equals("Standard change lead time")));
        WebElement gate = browser.find(STEP2_GATE);
        assertEquals(1, gate.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size(),
                "step 2's gate is satisfied: " + gate.getText());
        assertEquals("Hours from request to production per standard change.", gate.findElement(
                By.cssSelector("[data-item-key='gap-analysis.ideal-measure'] textarea")).getAttribute("value"));
        browser.find(By.cssSelector("tr[data-key='CHG-LT']"));
        browser.screenshot("improvement-measures");

        browser.find(By.cssSelector(".csiloop-measure-link-open")).click();
        Select free = new Select(browser.find(By.cssSelector(".csiloop-measure-link-form [name='definitionId']")));
        browser.waitFor(d -> free.getOptions().isEmpty() ? null : true);
        List<String> offered = free.getOptions().stream().map(WebElement::getText).toList();
        assertEquals(List.of("Change success rate (CHG-OK, %)", "Customer satisfaction (CSAT, points)"), offered,
                "only the project's measures that belong to no improvement");
        free.selectByVisibleText("Customer satisfaction (CSAT, points)");
        browser.find(By.cssSelector(".csiloop-measure-link-save")).click();
        WebElement csat = browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-measure")).stream()
                .filter(e -> e.getText().startsWith("Customer satisfaction")).findFirst().orElse(null));

        csat.findElement(By.cssSelector(".csiloop-measure-unlink")).click();
        WebElement confirm = browser.find(By.cssSelector(".csiloop-measure-unlink-confirm"));
        assertEquals(confirm, browser.driver().switchTo().activeElement(), "the confirmation takes the focus");
        assertTrue(browser.find(By.cssSelector(".csiloop-measure-confirm")).getText()
                .startsWith("Unlink Customer satisfaction? It stays a measure of the project"));
        browser.screenshot("improvement-measure-unlink-confirm");
        confirm.sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-measure")).stream()
                .noneMatch(e -> e.getText().startsWith("Customer satisfaction")));
        assertEquals(List.of("Standard change lead time"), texts(browser, ".csiloop-measure .csiloop-measure-name"));
    }

    /** The journey's bug: saving the project page's form dropped the measure's link to its improvement. */
    @Test
    void shouldKeepTheLinkWhenAnAdministratorEditsTheMeasureOnTheProjectPage() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        WebElement row = browser.find(By.xpath("//tbody[@class='csiloop-definition-rows']/tr[td[1]='MTTR-P2']"));
        row.findElement(By.cssSelector(".csiloop-definition-edit")).click();
        WebElement target = browser.find(By.cssSelector(".csiloop-definition-form [name='target']"));
        browser.waitFor(d -> target.getAttribute("value").isEmpty() ? null : true);
        target.clear();
        target.sendKeys("7");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        browser.waitFor(d -> d.findElements(
                By.xpath("//tbody[@class='csiloop-definition-rows']/tr[td[1]='MTTR-P2' and td[4]='2']")).size() == 1);

        browser.open("/rest/csiloop/1.0/projects/SVC/definitions");
        String definitions = browser.find(By.tagName("body")).getText();
        assertTrue(definitions.matches("(?s).*\"key\":\"MTTR-P2\"[^{}]*\"improvementIssueId\":10002[,}].*"), definitions);
        browser.open("/browse/SVC-2");
        assertEquals(List.of("Time to resolve P2 incidents"), texts(browser, ".csiloop-measure .csiloop-measure-name"));
    }

    @Test
    void shouldShowAViewerTheMeasuresAndNoWayToChangeThem() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-2");

        assertEquals(List.of("Time to resolve P2 incidents"), texts(browser, ".csiloop-measure .csiloop-measure-name"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(
                ".csiloop-measure-define, .csiloop-measure-link-open, .csiloop-measure-unlink")).size());
    }

    private static void answer(Browser browser, String item, String text) {
        WebElement field = browser.find(By.cssSelector(".csiloop-gate [data-item-key='" + item + "'] textarea"));
        field.clear();
        field.sendKeys(text);
    }

    /** Types each text into its field of the form: a field's name, then its text, and so on. */
    private static void type(Browser browser, String form, String... namesAndTexts) {
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            WebElement input = browser.find(By.cssSelector(form + " [name='" + namesAndTexts[i] + "']"));
            input.clear();
            input.sendKeys(namesAndTexts[i + 1]);
        }
    }

    private static List<String> texts(Browser browser, String css) {
        browser.find(By.cssSelector(css.split(" ")[0]));
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
