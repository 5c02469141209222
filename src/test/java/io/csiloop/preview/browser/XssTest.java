package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A script typed into every text field a person can edit is shown back as text and never runs: the measurement
 * definition's texts (project page, scorecard, dashboard), the evidence texts of a gate (issue panel), the note of
 * a recorded value, the CSI register texts. The payload sets a global if it ever runs; each page is checked for it.
 */
class XssTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    /** Short enough for every field (a unit takes 50 characters); quotes and an ampersand test attribute escaping. */
    static final String PAYLOAD = "<img src=x onerror=window.pwned=1>'\"&";

    @Test
    void shouldShowTypedMarkupAsTextEverywhere() throws Exception {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-definition-new")).click();
        type(browser, "[name='key']", "XSS");
        for (String field : new String[] {"name", "unit", "description", "idealMeasure", "measurableToday"}) {
            type(browser, "[name='" + field + "']", PAYLOAD);
        }
        type(browser, "[name='target']", "1");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        WebElement scorecardName = browser.find(By.cssSelector(".csiloop-scorecard tr[data-key='XSS'] .csiloop-kpi-name"));
        assertEquals(PAYLOAD, scorecardName.getText());
        browser.find(By.cssSelector(".csiloop-definition-rows tr[data-definition-id]"));
        assertNeverRan(browser);

        browser.open("/secure/Dashboard.jspa");
        browser.waitFor(d -> d.findElements(By.cssSelector("#gadget-csiloop-kpi-scorecard .csiloop-attention-row")).size() == 5);
        assertTrue(browser.find(By.id("gadget-csiloop-kpi-scorecard")).getText().contains(PAYLOAD));
        assertNeverRan(browser);

        browser.open("/browse/SVC-6");
        for (WebElement text : browser.driver().findElements(By.cssSelector(".csiloop-evidence-form textarea"))) {
            text.clear();
            text.sendKeys(PAYLOAD);
        }
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        assertEquals(PAYLOAD, browser.find(By.cssSelector(".csiloop-evidence-form textarea")).getAttribute("value"));
        assertNeverRan(browser);

        browser.open("/browse/SVC-2");
        type(browser, ".csiloop-record-form [name='value']", "9");
        type(browser, ".csiloop-record-form [name='note']", PAYLOAD);
        browser.find(By.cssSelector(".csiloop-record-submit")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-record-form [name='note']")).stream()
                .anyMatch(e -> e.getAttribute("value").isEmpty()));
        assertNeverRan(browser);

        browser.find(By.cssSelector(".csiloop-register-entry summary")).click();
        for (String field : new String[] {"objective", "expectedBenefit", "justification"}) {
            type(browser, ".csiloop-register-form [name='" + field + "']", PAYLOAD);
        }
        browser.find(By.cssSelector(".csiloop-register-save")).click();
        browser.find(By.cssSelector(".csiloop-register-form .aui-message-confirmation"));
        browser.open("/browse/SVC-2");
        assertEquals(PAYLOAD, browser.driver().findElement(By.cssSelector(".csiloop-register-form [name='objective']"))
                .getAttribute("value"));
        assertNeverRan(browser);
        browser.find(By.cssSelector(".csiloop-register-entry summary")).click();
        browser.screenshot("xss-shown-as-text");
    }

    private static void type(Browser browser, String css, String text) {
        WebElement field = browser.find(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    private static void assertNeverRan(Browser browser) {
        Object pwned = ((JavascriptExecutor) browser.driver()).executeScript("return window.pwned === undefined ? null : window.pwned;");
        assertEquals(null, pwned, "the payload ran on " + browser.driver().getCurrentUrl());
    }
}
