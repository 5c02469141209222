package io.csiloop.preview.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collecting data in the UI, as a person with Edit Issues who is not a project administrator ({@code editor}):
 * imports a CSV file from the Improvement panel with one invalid line and "skip invalid lines" on, corrects a value
 * with a reason and deletes one with a reason in the measure's data points, records from the project page; a
 * browse-only user ({@code viewer}) sees the points and no action.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final By FIRST_POINT = By.cssSelector(".csiloop-improvement-panel .csiloop-points-rows tr.csiloop-point");

    @Test
    @Order(1)
    void shouldImportACsvFileSkippingTheInvalidLineAndNamingIt() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/browse/SVC-2");
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(2, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
        Path csv = Files.createTempFile("csiloop-collect-", ".csv");
        Files.writeString(csv, "observedAt,value,note\n"
                + day + ",9.5,from the CSV\n"
                + day.plus(1, ChronoUnit.HOURS) + ",not a number,typo\n"
                + day.plus(2, ChronoUnit.HOURS) + ",10.5,\"from the CSV, quoted\"\n");

        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-csv-open")).click();
        WebElement dialog = browser.find(By.cssSelector(".csiloop-csv-dialog"));
        assertTrue(dialog.getText().contains("Into: Time to resolve P2 incidents (hours)"), dialog.getText());
        browser.find(By.cssSelector(".csiloop-csv-dialog .csiloop-csv-file")).sendKeys(csv.toAbsolutePath().toString());
        String columns = browser.find(By.cssSelector(".csiloop-csv-columns")).getText();
        assertEquals("Columns found: observedAt, value, note", columns);
        List<WebElement> sample = browser.driver().findElements(By.cssSelector(".csiloop-csv-sample tbody tr"));
        assertEquals(3, sample.size());
        assertEquals("from the CSV, quoted", sample.get(2).findElements(By.tagName("td")).get(2).getText());
        browser.find(By.cssSelector(".csiloop-csv-dialog label[for^='csiloop-csv-skip-']")).click();
        assertTrue(browser.driver().findElement(By.cssSelector(".csiloop-csv-skip")).isSelected());
        browser.find(By.cssSelector(".csiloop-csv-dialog .csiloop-csv-import")).click();

        String summary = browser.waitFor(d -> {
            String text = d.findElement(By.cssSelector(".csiloop-csv-summary")).getText();
            return text.isEmpty() ? null : text;
        });
        assertEquals("2 imported, 1 skipped.", summary);
        List<WebElement> errors = browser.driver().findElements(By.cssSelector(".csiloop-csv-errors li"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).getText().startsWith("Line 3: "), errors.get(0).getText());
        browser.screenshot("collect-csv-import");
        browser.find(By.cssSelector(".csiloop-csv-dialog .csiloop-csv-close")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-csv-dialog")).stream().noneMatch(WebElement::isDisplayed));

        assertEquals(List.of("10.5", "9.5"), importedValues(browser), "the imported points, newest first");
    }

    @Test
    @Order(2)
    void shouldCorrectAValueWithAReasonAndRefuseOneWithout() throws Exception {
        Browser browser = world.browser();
        browser.open("/browse/SVC-2");
        showPoints(browser);
        WebElement first = browser.find(FIRST_POINT);
        String id = first.getAttribute("data-point-id");
        WebElement correct = first.findElement(By.cssSelector(".csiloop-point-correct"));
        assertEquals("Correct", correct.getText());
        assertTrue(correct.getAttribute("aria-label").startsWith("Correct the value of "), correct.getAttribute("aria-label"));
        correct.click();
        WebElement value = browser.find(By.cssSelector(".csiloop-point-form [name='value']"));
        assertEquals(value, browser.driver().switchTo().activeElement(), "the form takes the focus");
        value.clear();
        value.sendKeys("7.25");
        browser.find(By.cssSelector(".csiloop-point-save")).click();

        // No reason: the server's field error beside its field, the field invalid and described by it.
        WebElement reason = browser.find(By.cssSelector(".csiloop-point-form [name='reason']"));
        browser.waitFor(d -> "true".equals(reason.getAttribute("aria-invalid")));
        WebElement error = browser.driver().findElement(By.id(reason.getAttribute("aria-describedby")));
        assertFalse(error.getText().isBlank());
        browser.screenshot("collect-correct-refused");

        reason.sendKeys("typed 72.5 for 7.25");
        browser.find(By.cssSelector(".csiloop-point-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-point-form")).isEmpty()
                && d.findElements(By.cssSelector(".csiloop-points-rows tr[data-point-id='" + id + "'] .csiloop-point-value"))
                        .stream().anyMatch(e -> e.getText().equals("7.25")));
        assertEquals("Value corrected.", browser.find(By.cssSelector(".aui-flag .csiloop-flag-text")).getText());
        assertTrue(browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-points-status")).getText()
                .matches("1–10 of \\d+ data points observed since \\d{4}-\\d{2}-\\d{2}\\."));
        browser.screenshot("collect-points-corrected");
    }

    @Test
    @Order(3)
    void shouldDeleteAValueWithAReason() throws Exception {
        Browser browser = world.browser();
        browser.open("/browse/SVC-2");
        showPoints(browser);
        WebElement first = browser.find(FIRST_POINT);
        String id = first.getAttribute("data-point-id");
        assertEquals("7.25", first.findElement(By.cssSelector(".csiloop-point-value")).getText());
        first.findElement(By.cssSelector(".csiloop-point-delete")).click();
        browser.find(By.cssSelector(".csiloop-point-form [name='reason']")).sendKeys("entered twice");
        browser.find(By.cssSelector(".csiloop-point-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-point-form")).isEmpty()
                && d.findElements(By.cssSelector(".csiloop-points-rows tr.csiloop-point")).size() > 0
                && d.findElements(By.cssSelector(".csiloop-points-rows tr[data-point-id='" + id + "']")).isEmpty());
        assertNotEquals(id, browser.find(FIRST_POINT).getAttribute("data-point-id"));
    }

    @Test
    @Order(4)
    void shouldRecordForAProjectMeasureFromTheProjectPage() throws Exception {
        Browser browser = world.browser();
        browser.open("/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page");
        Select measure = new Select(browser.find(By.cssSelector(".csiloop-project-page .csiloop-collect-measure")));
        assertEquals(4, measure.getOptions().size(), "every measure of the project");
        measure.selectByVisibleText("Customer satisfaction (points)");
        browser.find(By.cssSelector(".csiloop-project-page .csiloop-record-form [name='value']")).sendKeys("4.4");
        browser.find(By.cssSelector(".csiloop-project-page .csiloop-record-form [name='note']")).sendKeys("from the project page");
        WebElement submit = browser.find(By.cssSelector(".csiloop-project-page .csiloop-record-submit"));
        submit.click();
        browser.waitFor(ExpectedConditions.stalenessOf(submit)); // the page reloads once the value is stored
        new Select(browser.find(By.cssSelector(".csiloop-project-page .csiloop-collect-measure")))
                .selectByVisibleText("Customer satisfaction (points)");
        browser.find(By.cssSelector(".csiloop-project-page .csiloop-points-show")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-project-page .csiloop-points-rows .csiloop-point-note"))
                .stream().anyMatch(e -> e.getText().equals("from the project page")));
        browser.screenshot("collect-project-page");
    }

    @Test
    @Order(5)
    void shouldShowAViewerThePointsAndNoAction() throws Exception {
        Browser browser = world.browser();
        browser.logOut();
        browser.logIn("viewer");
        for (String page : List.of("/browse/SVC-2", "/projects/SVC?selectedItem=io.csiloop.jira:csiloop-project-page")) {
            browser.open(page);
            browser.find(By.cssSelector(".csiloop-points-show")).click();
            browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-points-rows tr.csiloop-point")).size() > 0);
            assertEquals("Data points", browser.find(By.cssSelector(".csiloop-collect [id^='csiloop-collect-']")).getText());
            for (String action : List.of(".csiloop-record-form", ".csiloop-csv-open", ".csiloop-csv-dialog",
                    ".csiloop-point-correct", ".csiloop-point-delete")) {
                assertTrue(browser.driver().findElements(By.cssSelector(action)).isEmpty(), action + " on " + page);
            }
        }
        browser.screenshot("collect-viewer-project-page");
    }

    private static void showPoints(Browser browser) {
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-points-show")).click();
        browser.find(FIRST_POINT);
    }

    /** The values of the points imported from the CSV, as the list shows them, in its order. */
    private static List<String> importedValues(Browser browser) {
        showPoints(browser);
        return browser.waitFor(d -> {
            List<String> values = d.findElements(By.cssSelector(".csiloop-points-rows tr.csiloop-point")).stream()
                    .filter(r -> r.findElement(By.cssSelector(".csiloop-point-note")).getText().startsWith("from the CSV"))
                    .map(r -> r.findElement(By.cssSelector(".csiloop-point-value")).getText()).toList();
            return values.size() == 2 ? values : null;
        });
    }
}
