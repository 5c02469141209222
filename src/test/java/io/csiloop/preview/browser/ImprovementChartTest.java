package io.csiloop.preview.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control charts of the Improvement panel, from step 4 to Improved. The demo's SVC-7 (Analyse data) has no
 * measure yet: its charts section says so; once the editor links the project's CSAT from the panel, it shows CSAT's
 * chart, a canvas named for the screen reader and the table alternative holding the periods REST reads, the period
 * in progress marked apart. SVC-3 (Improved) shows FCR's chart with its go-live and "Did it work?" Improved. SVC-2
 * (Collect data, step 3) shows no charts section. A chart that cannot be loaded says so in its own container. Saved
 * as {@code target/screenshots/improvement-panel-chart.png}.
 */
class ImprovementChartTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDrawTheChartOfAMeasureLinkedAtAnalyseData() throws Exception {
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/browse/SVC-7");
        assertTrue(browser.find(By.cssSelector(".csiloop-charts .csiloop-empty")).getText().startsWith(
                "No measure is linked to this improvement"));

        browser.find(By.cssSelector(".csiloop-measure-link-open")).click();
        // The project's measures that belong to no improvement: CSAT and the change success rate; CSAT is linked.
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-measure-link-form [name='definitionId'] option"))
                .size() == 2);
        browser.driver().findElements(By.cssSelector(".csiloop-measure-link-form [name='definitionId'] option")).stream()
                .filter(o -> o.getText().contains("CSAT")).findFirst().orElseThrow().click();
        browser.find(By.cssSelector(".csiloop-measure-link-save")).click();

        WebElement chart = browser.find(By.cssSelector(".csiloop-panel-chart"));
        browser.find(By.cssSelector(".csiloop-panel-chart canvas"));
        chart = browser.find(By.cssSelector(".csiloop-panel-chart"));
        assertEquals("Customer satisfaction CSAT", chart.findElement(By.tagName("h4")).getText());
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertEquals("img", canvas.getAttribute("role"));
        assertTrue(canvas.getAttribute("aria-label").startsWith("Trend of CSAT with target, centre line and control"
                + " limits per phase"), canvas.getAttribute("aria-label"));
        assertTrue(canvas.getSize().getHeight() > 100 && canvas.getSize().getWidth() > 300,
                "the canvas has room in the panel: " + canvas.getSize());
        WebElement table = chart.findElement(By.cssSelector("table.csiloop-trend-table"));
        assertEquals(table.getAttribute("id"), canvas.getAttribute("aria-describedby"));

        List<String> shown = rows(table);
        JsonNode kpi = rest(browser, "/rest/csiloop/1.0/" + chart.getAttribute("data-definition-path") + "/kpi?from="
                + URLEncoder.encode(Instant.now().minus(Duration.ofDays(365)).toString(), StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>();
        for (JsonNode period : kpi.get("periods")) {
            expected.add(period.get("label").asText() + " " + number(period.get("value").asDouble())
                    + (period.path("inProgress").asBoolean() ? " (in progress)" : ""));
        }
        assertTrue(expected.size() > 10, "a year of periods: " + expected);
        assertTrue(expected.get(expected.size() - 1).endsWith("(in progress)"), "the demo's data runs to today");
        assertEquals(expected, shown, "the table holds the periods REST reads, the open one apart");
    }

    @Test
    void shouldShowTheGoLiveOnAnImprovedImprovementAndSayTheVerdictOnce() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-3");

        WebElement chart = browser.find(By.cssSelector(".csiloop-panel-chart"));
        browser.find(By.cssSelector(".csiloop-panel-chart-body:not([aria-busy]) canvas"));
        assertEquals(1, browser.driver().findElements(By.cssSelector(".csiloop-panel-chart")).size(), "SVC-3 has FCR only");
        assertEquals("IMPROVED", browser.find(By.cssSelector(".csiloop-verdicts .csiloop-verdict-label")).getText());
        assertTrue(chart.findElements(By.cssSelector(".csiloop-trend-verdict")).isEmpty(),
                "the panel's own \"Did it work?\" says the verdict: the chart does not repeat it");
        String goLive = chart.findElement(By.cssSelector(".csiloop-trend-golive")).getText();
        assertTrue(goLive.startsWith("SVC-3 went live on "), goLive);
        assertEquals(2, chart.findElements(By.cssSelector(".csiloop-trend-phases li")).size(), "before and after");
        assertTrue(chart.findElement(By.cssSelector(".csiloop-trend-variation")).getText().startsWith("Latest period: "));
        assertTrue(chart.findElement(By.cssSelector(".csiloop-trend-assurance")).getText().startsWith("Target: "));
        assertEquals(0, chart.findElements(By.tagName("h3")).size(), "the chart's headings stay below its measure's");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", chart);
        browser.screenshot("improvement-panel-chart");
    }

    @Test
    void shouldShowNoChartsWhileTheDataIsCollected() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-2");

        browser.find(By.cssSelector(".csiloop-kpi-row"));
        assertEquals(0, browser.driver().findElements(By.cssSelector(".csiloop-charts, .csiloop-panel-chart")).size());
    }

    @Test
    void shouldSayInItsContainerWhenAChartCannotBeLoaded() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-3");
        browser.find(By.cssSelector(".csiloop-panel-chart canvas"));

        // The same container asked again for a measure the server does not know (deleted meanwhile, say).
        ((JavascriptExecutor) browser.driver()).executeScript("var c = document.querySelector('.csiloop-panel-chart');"
                + "c.removeAttribute('data-drawn');"
                + "c.setAttribute('data-definition-path', 'projects/SVC/definitions/999999');"
                + "CSILoop.panelCharts.drawAll();");

        WebElement warning = browser.find(By.cssSelector(".csiloop-panel-chart .aui-message-warning"));
        assertTrue(warning.getText().startsWith("The control chart of First-contact resolution could not be loaded: "), warning.getText());
        assertEquals(1, browser.driver().findElements(By.cssSelector(".csiloop-kpi-row")).size(), "the panel stands");
    }

    private static JsonNode rest(Browser browser, String path) throws Exception {
        browser.open(path);
        return JSON.readTree(browser.find(By.tagName("body")).getText());
    }

    /** A value as the chart rounds and prints it: two decimals at most, no trailing zero. */
    private static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    /** The table's rows as period, value and the open period's mark. */
    private static List<String> rows(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream().map(r -> {
            List<WebElement> cells = r.findElements(By.cssSelector("th, td"));
            return cells.get(0).getAttribute("textContent") + " " + cells.get(1).getAttribute("textContent");
        }).toList();
    }
}
