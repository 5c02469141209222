package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The definition form takes an optional valid range: an inverted one is refused next to its lowest value, a valid
 * one is saved and shown again when the definition is edited, and the form says what the range does.
 */
class ValidRangeFormTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldRefuseAnInvertedRangeThenSaveOneAndShowItOnEdit() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-definition-new")).click();
        type(browser, "key", "NPS");
        type(browser, "name", "Net promoter score");
        type(browser, "unit", "points");
        type(browser, "target", "30");
        type(browser, "validMin", "100");
        type(browser, "validMax", "-100");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();

        By slot = By.cssSelector(".csiloop-definition-form .csiloop-field-error[data-field='validMin']");
        assertEquals("The lowest valid value (100) is above the highest (-100).",
                browser.waitFor(d -> d.findElement(slot).getText().isEmpty() ? null : d.findElement(slot).getText()));
        String help = browser.find(By.cssSelector(".csiloop-definition-form .description")).getText();
        assertTrue(help.startsWith("Values outside are refused"), help);

        type(browser, "validMin", "-100");
        type(browser, "validMax", "100");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        WebElement row = browser.find(By.xpath("//tbody[@class='csiloop-definition-rows']/tr[td[1]='NPS']"));
        row.findElement(By.cssSelector(".csiloop-definition-edit")).click();
        browser.waitFor(d -> "-100".equals(field(browser, "validMin").getAttribute("value")) ? true : null);
        assertEquals("100", field(browser, "validMax").getAttribute("value"));
        browser.screenshot("definition-valid-range");
    }

    private static WebElement field(Browser browser, String name) {
        return browser.find(By.cssSelector(".csiloop-definition-form [name='" + name + "']"));
    }

    private static void type(Browser browser, String name, String text) {
        WebElement input = field(browser, name);
        input.clear();
        input.sendKeys(text);
    }
}
