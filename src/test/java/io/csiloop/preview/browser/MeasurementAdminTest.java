package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project administrator defines a measurement on the project page: the API's field errors appear next to their
 * fields, all at once; a valid one joins the scorecard; an edit raises its version and shows in its history. The
 * optional valid range: an inverted one is refused next to its lowest value, a valid one is shown again on edit,
 * and the form says what it does.
 */
class MeasurementAdminTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldShowFieldErrorsThenSaveEditAndListTheHistory() throws Exception {
        Browser browser = newDefinition();
        type(browser, "key", "1st");
        type(browser, "bandLow", "5");
        type(browser, "bandHigh", "3");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();

        assertEquals("Start with a letter, then use only letters, digits, hyphens, underscores and dots.", error(browser, "key"));
        assertEquals("Enter a value.", error(browser, "name"));
        assertEquals("Enter a value.", error(browser, "unit"));
        assertEquals("Enter a target: a measure that is better higher or lower is judged against one.", error(browser, "target"));
        browser.screenshot("measurement-field-errors");

        type(browser, "key", "CHG");
        type(browser, "name", "Change lead time");
        type(browser, "unit", "days");
        type(browser, "target", "2");
        type(browser, "bandLow", "");
        type(browser, "bandHigh", "");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        browser.find(By.cssSelector(".csiloop-scorecard tr[data-key='CHG']"));

        WebElement row = browser.find(By.xpath("//tbody[@class='csiloop-definition-rows']/tr[td[1]='CHG']"));
        row.findElement(By.cssSelector(".csiloop-definition-edit")).click();
        type(browser, "target", "1.5");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        WebElement edited = browser.waitFor(d -> d.findElements(
                By.xpath("//tbody[@class='csiloop-definition-rows']/tr[td[1]='CHG' and td[4]='2']")).stream().findFirst().orElse(null));
        edited.findElement(By.cssSelector(".csiloop-definition-history")).click();
        List<WebElement> history = browser.waitFor(d -> {
            List<WebElement> entries = d.findElements(By.cssSelector(".csiloop-audit-entries li"));
            return entries.size() == 2 ? entries : null;
        });
        assertTrue(history.get(0).getText().startsWith("Version 1: CREATED by admin"), history.get(0).getText());
        assertTrue(history.get(1).getText().startsWith("Version 2: UPDATED by admin"), history.get(1).getText());
    }

    @Test
    void shouldRefuseAnInvertedRangeThenSaveOneAndShowItOnEdit() throws Exception {
        Browser browser = newDefinition();
        type(browser, "key", "NPS", "name", "Net promoter score", "unit", "points", "target", "30", "validMin", "100",
                "validMax", "-100");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();

        assertEquals("The lowest valid value (100) is above the highest (-100).", error(browser, "validMin"));
        String help = browser.find(By.cssSelector(".csiloop-definition-form .description")).getText();
        assertTrue(help.startsWith("Values outside are refused"), help);

        type(browser, "validMin", "-100", "validMax", "100");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        WebElement row = browser.find(By.xpath("//tbody[@class='csiloop-definition-rows']/tr[td[1]='NPS']"));
        row.findElement(By.cssSelector(".csiloop-definition-edit")).click();
        browser.waitFor(d -> "-100".equals(field(browser, "validMin").getAttribute("value")) ? true : null);
        assertEquals("100", field(browser, "validMax").getAttribute("value"));
        browser.screenshot("definition-valid-range");
    }

    /** The project page as its administrator, with the form of a new definition open. */
    private static Browser newDefinition() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-definition-new")).click();
        return browser;
    }

    private static WebElement field(Browser browser, String name) {
        return browser.find(By.cssSelector(".csiloop-definition-form [name='" + name + "']"));
    }

    /** Types each text into its field: a field's name, then its text, and so on. */
    private static void type(Browser browser, String... namesAndTexts) {
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            WebElement input = field(browser, namesAndTexts[i]);
            input.clear();
            input.sendKeys(namesAndTexts[i + 1]);
        }
    }

    private static String error(Browser browser, String field) {
        By slot = By.cssSelector(".csiloop-definition-form .csiloop-field-error[data-field='" + field + "']");
        return browser.waitFor(d -> d.findElement(slot).getText().isEmpty() ? null : d.findElement(slot).getText());
    }
}
