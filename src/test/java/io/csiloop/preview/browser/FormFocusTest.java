package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The older forms after a save, as WCAG 2.1 AA asks: the register of an Improvement, a gate's evidence and a
 * measurement definition. A refused value makes its field aria-invalid and described by the server's message next
 * to it, with the focus on that field; the next, valid save takes the mark off and leaves the focus on the control
 * used (or, where the save redraws the page, on the control that stands for it), never on the body.
 */
class FormFocusTest {

    private static final String PASSED = EvidenceLockTest.PASSED;

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldTieTheRegistersFieldErrorAndKeepTheFocusOnTheSave() {
        Browser browser = admin("/browse/SVC-2");
        browser.find(By.cssSelector(".csiloop-register-entry summary")).click();
        WebElement effort = browser.find(By.cssSelector(".csiloop-register-form [name='effort']"));
        effort.clear();
        effort.sendKeys("two weeks");
        browser.find(By.cssSelector(".csiloop-register-save")).click();

        assertTiedTo(browser, effort,
                "Use upper-case letters, digits and underscores, starting with a letter, at most 30 characters.");
        assertEquals(effort, focused(browser), "the focus is on the field in error");

        effort.clear();
        effort.sendKeys("M");
        WebElement save = browser.find(By.cssSelector(".csiloop-register-save"));
        save.click();
        browser.find(By.cssSelector(".csiloop-register-form .aui-message-confirmation"));
        assertNull(effort.getAttribute("aria-invalid"), "a valid save takes the mark off");
        assertNull(effort.getAttribute("aria-describedby"));
        assertEquals(save, focused(browser), "the focus stays on the save used");
    }

    @Test
    void shouldTieTheAmendmentsReasonErrorAndGiveTheFocusBackAfterTheRefresh() {
        Browser browser = admin("/browse/SVC-1");
        EvidenceLockTest.passReadyForClosing(browser, "On scope.");

        browser.find(By.cssSelector(PASSED + " .csiloop-evidence-amend")).click();
        browser.find(By.cssSelector(PASSED + " .csiloop-evidence-save")).click();
        WebElement reason = browser.find(By.cssSelector(PASSED + " [name='reason']"));
        String message = assertTiedTo(browser, reason, null);
        assertTrue(message.endsWith(": its evidence is locked, and an amendment needs a reason."), message);
        assertEquals(reason, focused(browser), "the focus is on the field in error");

        reason.sendKeys("The finance audit corrected the figure.");
        browser.find(By.cssSelector(PASSED + " .csiloop-evidence-save")).click();
        // The save refreshes the issue (here a reload): once drawn again, the locked gate's Amend has the focus.
        WebElement amend = browser.waitFor(d -> {
            WebElement active = active(browser); // the body while the page reloads
            return active != null && active.getAttribute("class").contains("csiloop-evidence-amend") ? active : null;
        });
        assertTrue(amend.isDisplayed());
        assertTrue(browser.driver().findElements(By.cssSelector(PASSED + " [aria-invalid]")).isEmpty());
    }

    @Test
    void shouldTieTheDefinitionsFieldErrorsAndFocusTheSavedDefinitionAfterTheReload() {
        Browser browser = admin("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        browser.find(By.cssSelector(".csiloop-definition-new")).click();
        WebElement key = field(browser, "key");
        key.sendKeys("1st");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();

        assertTiedTo(browser, key, "Start with a letter, then use only letters, digits, hyphens, underscores and dots.");
        assertTiedTo(browser, field(browser, "name"), "Enter a value.");
        assertEquals(key, focused(browser), "the focus is on the first field in error");

        key.clear();
        key.sendKeys("FOCUS");
        field(browser, "name").sendKeys("Focus kept");
        field(browser, "unit").sendKeys("days");
        field(browser, "target").sendKeys("2");
        browser.find(By.cssSelector(".csiloop-definition-save")).click();
        // The reload closes the form: the saved definition's Edit, which opens it again, has the focus.
        WebElement edit = browser.waitFor(d -> {
            WebElement active = active(browser); // the body while the page reloads
            return active != null && active.getAttribute("class").contains("csiloop-definition-edit") ? active : null;
        });
        assertEquals("FOCUS", edit.findElement(By.xpath("ancestor::tr/td[1]")).getText());
        edit.click();
        browser.waitFor(d -> "FOCUS".equals(field(browser, "key").getAttribute("value")) ? true : null);
        assertTrue(browser.driver().findElements(By.cssSelector(".csiloop-definition-form [aria-invalid]")).isEmpty());
    }

    private static Browser admin(String path) {
        Browser browser = world.browser();
        browser.logIn("admin");
        browser.open(path);
        return browser;
    }

    private static WebElement field(Browser browser, String name) {
        return browser.find(By.cssSelector(".csiloop-definition-form [name='" + name + "']"));
    }

    /**
     * Asserts the field is aria-invalid and described by a shown element whose text is the message (any text when
     * null); returns that text.
     */
    private static String assertTiedTo(Browser browser, WebElement field, String message) {
        browser.waitFor(d -> "true".equals(field.getAttribute("aria-invalid")) ? true : null);
        String describedBy = field.getAttribute("aria-describedby");
        assertTrue(describedBy != null && !describedBy.isBlank(), "aria-describedby names the error");
        List<String> texts = Arrays.stream(describedBy.trim().split("\\s+"))
                .map(id -> browser.driver().findElement(By.id(id)))
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isEmpty()).toList();
        assertEquals(1, texts.size(), "one error describes the field: " + texts);
        if (message != null) {
            assertEquals(message, texts.get(0));
        }
        return texts.get(0);
    }

    private static WebElement active(Browser browser) {
        return (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement");
    }

    private static WebElement focused(Browser browser) {
        WebElement active = active(browser);
        assertTrue(active == null || !"body".equals(active.getTagName()), "the focus is never dropped to the body");
        return active;
    }
}
