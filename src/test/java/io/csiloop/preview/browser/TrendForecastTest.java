package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Improvement panel's KPI row of the demo's MTTR-P2, as a person sees it: a stable process says so instead of
 * forecasting a date, and the week in progress is drawn apart on the sparkline (hollow point, dashed line) and said
 * in its text alternative. The demo's values end yesterday, so whether this week already has one depends on the
 * day; a value recorded now (as the panel's form records it) makes sure it does. Saved as
 * {@code target/screenshots/kpi-row-open-period.png}.
 */
class TrendForecastTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldSayTheStableProcessIsStableAndDrawTheWeekInProgressApart() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/browse/SVC-2");
        browser.find(By.cssSelector(".csiloop-record-form [name='value']")).sendKeys("11");
        browser.find(By.cssSelector(".csiloop-record-submit")).click();
        By open = By.cssSelector(".csiloop-kpi-row[data-key='MTTR-P2'] circle.csiloop-sparkline-open");
        browser.waitFor(d -> !d.findElements(open).isEmpty());

        WebElement row = browser.find(By.cssSelector(".csiloop-kpi-row[data-key='MTTR-P2']"));
        String forecast = row.findElement(By.cssSelector(".csiloop-kpi-forecast")).getText();
        assertTrue(forecast.matches("Stable around [0-9.]+ hours: no real trend; at this level the target is not met\\."),
                forecast);
        WebElement sparkline = row.findElement(By.cssSelector("svg.csiloop-sparkline"));
        assertEquals(1, sparkline.findElements(By.cssSelector("circle.csiloop-sparkline-open")).size());
        assertEquals("none", sparkline.findElement(By.cssSelector("path.csiloop-sparkline-open"))
                .getCssValue("fill"), "a dashed line, not a shape");
        assertTrue(sparkline.findElement(By.cssSelector("path.csiloop-sparkline-open")).getCssValue("stroke-dasharray")
                .contains("2"), "dashed");
        assertTrue(sparkline.getAttribute("aria-label").endsWith("(in progress)"), sparkline.getAttribute("aria-label"));
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("kpi-row-open-period.png"), row.getScreenshotAs(OutputType.BYTES));
    }
}
