package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's KPI trend as a person sees it. The demo's FCR has an approved rebase at SVC-3's go-live: its chart
 * is drawn in two phases, each phase's centre line and limits only over its own periods, the go-live marked; the
 * signals say what they mean and the rule profile is named. CSAT rises, and higher is better: its signals above the
 * centre line are improvements. "Did it work?" under FCR's chart is the one verdict at SVC-3's go-live; CSAT has no
 * go-live, so its item asks for no verdict and shows none, and a verdict that cannot be read leaves the rest of the
 * item drawn. Read from the page and from Chart.js' own instance. Saved as
 * {@code target/screenshots/dashboard-trend-phases.png}.
 */
class DashboardTrendPhasesTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final By TREND = By.cssSelector("#gadget-csiloop-kpi-trend");

    @Test
    void shouldDrawFcrInTwoPhasesWithItsGoLiveAndSayWhatItsSignalsMean() throws Exception {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/secure/Dashboard.jspa");
        show(browser, "FCR");

        List<Map<String, Object>> lines = datasets(browser, "d.csiloopPhase !== undefined");
        Map<Object, List<Map<String, Object>>> byPhase = lines.stream()
                .collect(Collectors.groupingBy(d -> d.get("phase")));
        assertEquals(2, byPhase.size(), "two phases: " + lines);
        List<Object> first = centre(byPhase.get(0L)), second = centre(byPhase.get(1L));
        int end = lastDrawn(first), begin = firstDrawn(second);
        assertEquals(end + 1, begin, "the second phase begins where the first ends, no overlap: " + lines);
        assertFalse(first.get(begin) != null || second.get(end) != null, "each line only over its own phase");
        assertTrue(!first.get(0).equals(second.get(begin)), "each phase has its own centre line");

        List<Map<String, Object>> goLives = datasets(browser, "d.csiloopGoLive !== undefined");
        assertEquals(1, goLives.size(), "SVC-3's go-live is marked: " + goLives);
        assertEquals("SVC-3 go-live", goLives.get(0).get("label"));
        // The rebase was approved at the go-live, mid-month: the go-live's month stays in the old phase, the new
        // one begins with the first month that starts after it.
        assertEquals(((Number) goLives.get(0).get("goLive")).intValue() + 1, begin, "the second phase after the go-live");

        WebElement trend = browser.find(TREND);
        assertEquals("Signals read with the Making Data Count rules",
                trend.findElement(By.cssSelector(".csiloop-trend-rules")).getText());
        assertTrue(trend.findElement(By.cssSelector(".csiloop-trend-variation")).getText().startsWith("Latest period: "));
        assertTrue(trend.findElement(By.cssSelector(".csiloop-trend-assurance")).getText().startsWith("Target: Will "));
        List<String> phases = texts(trend, ".csiloop-trend-phases li");
        assertEquals(2, phases.size(), phases.toString());
        assertTrue(phases.get(1).contains("Rebased with the reason"), phases.get(1));
        String label = trend.findElement(By.cssSelector("canvas")).getAttribute("aria-label");
        assertTrue(label.contains("Phases (2): From "), label);
        WebElement table = trend.findElement(By.cssSelector("table.csiloop-trend-table"));
        assertEquals(table.getAttribute("id"), trend.findElement(By.cssSelector("canvas")).getAttribute("aria-describedby"));
        assertEquals(2, table.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.getAttribute("data-phase")).distinct().count(), "the table names both phases");
        for (String signal : texts(trend, ".csiloop-trend-signals li")) {
            assertTrue(signal.matches("(Improvement|Concern|Neither better nor worse): .+: .+"), signal);
        }
        // The one verdict at SVC-3's go-live, the one the gate, the Improvement panel, the pack and REST read.
        WebElement verdict = browser.find(By.cssSelector(
                "#gadget-csiloop-kpi-trend .csiloop-trend-verdict[data-verdict]"));
        assertTrue(verdict.getText().startsWith("Did it work?"), verdict.getText());
        WebElement lozenge = verdict.findElement(By.cssSelector(".aui-lozenge"));
        assertEquals("Improved", lozenge.getAttribute("textContent"), "the word; AUI shows it in capitals");
        assertTrue(lozenge.getAttribute("class").contains("aui-lozenge-success"), lozenge.getAttribute("class"));
        String reasons = verdict.findElement(By.cssSelector(".csiloop-trend-verdict-reasons")).getText();
        assertTrue(reasons.startsWith("Improved: after the change on "), reasons);
        // The go-live's day is the reporting zone's, the one the verdict names: SVC-3 went live at midnight in Berlin.
        String day = reasons.substring("Improved: after the change on ".length()).substring(0, 10);
        String goLive = trend.findElement(By.cssSelector(".csiloop-trend-golive")).getText();
        assertTrue(goLive.startsWith("SVC-3 went live on " + day + " "), goLive + " / " + reasons);
        browser.screenshot("dashboard-trend-phases");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListTheRisingCsatsHighSignalsAsImprovements() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/secure/Dashboard.jspa");
        recordRequests(browser, false);
        show(browser, "CSAT");

        // CSAT has no go-live: no change point, so no verdict is asked for and none is shown.
        List<String> asked = asked(browser);
        assertTrue(asked.stream().anyMatch(path -> path.contains("/kpi?")), "the KPI was asked for: " + asked);
        assertTrue(asked.stream().noneMatch(path -> path.endsWith("/kpi/before-after")), "asked: " + asked);
        assertTrue(browser.driver().findElements(By.cssSelector("#gadget-csiloop-kpi-trend .csiloop-trend-verdict"))
                .isEmpty(), "no verdict line without a change point");

        WebElement trend = browser.find(TREND);
        List<WebElement> signals = trend.findElements(By.cssSelector(".csiloop-trend-signals li"));
        List<Map<String, Object>> values = datasets(browser, "d.label === 'CSAT'");
        List<Object> colours = (List<Object>) values.get(0).get("colours");
        assertTrue(colours.contains("#006644"), "improvements drawn green: " + colours);
        assertFalse(colours.contains("#de350b"), "no longer all red: " + colours);
        List<WebElement> high = signals.stream().filter(s -> "HIGH".equals(s.getAttribute("data-side"))).toList();
        assertFalse(high.isEmpty(), "CSAT rises: it has signals above its centre line");
        for (WebElement signal : high) {
            assertEquals("IMPROVEMENT", signal.getAttribute("data-meaning"), signal.getText());
            assertTrue(signal.getText().startsWith("Improvement: "), signal.getText());
        }
        for (WebElement signal : signals) {
            if ("LOW".equals(signal.getAttribute("data-side"))) {
                assertTrue(signal.getText().startsWith("Concern: "), "below the centre line is worse: " + signal.getText());
            }
        }
    }

    @Test
    void shouldLeaveTheVerdictOutButDrawTheItemWhenTheVerdictCannotBeRead() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/secure/Dashboard.jspa");
        recordRequests(browser, true);
        show(browser, "FCR");
        browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return window.csiloopVerdictAsked !== undefined"
                        + " && window.csiloopVerdictAsked.state() === 'rejected';"));

        WebElement trend = browser.find(TREND);
        assertTrue(trend.findElements(By.cssSelector(".csiloop-trend-verdict")).isEmpty(),
                "a failed verdict shows nothing");
        assertEquals(2, texts(trend, ".csiloop-trend-phases li").size(), "the rest of the item is drawn");
        assertEquals("Signals read with the Making Data Count rules",
                trend.findElement(By.cssSelector(".csiloop-trend-rules")).getText());
    }

    /**
     * From now on (the item's first drawing done), records the path of every GET the page's API client makes. With
     * {@code failVerdict}, the before-after request is sent to a path the server does not know, so it fails as a real
     * request fails (404); its promise is kept as {@code window.csiloopVerdictAsked}.
     */
    private static void recordRequests(Browser browser, boolean failVerdict) {
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend canvas"));
        ((JavascriptExecutor) browser.driver()).executeScript("var fail = arguments[0], get = CSILoop.api.get;"
                + "window.csiloopAsked = [];"
                + "CSILoop.api.get = function (path) {"
                + "  window.csiloopAsked.push(path);"
                + "  if (fail && /before-after$/.test(path)) {"
                + "    return window.csiloopVerdictAsked = get.call(this, path + '-unknown');"
                + "  }"
                + "  return get.apply(this, arguments);"
                + "};", failVerdict);
    }

    @SuppressWarnings("unchecked")
    private static List<String> asked(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return window.csiloopAsked;");
    }

    /** Chooses the measure in the trend item's configuration and waits until its chart is drawn. */
    private static void show(Browser browser, String key) {
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend canvas"));
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend .preview-gadget-edit")).click();
        WebElement measure = browser.find(By.cssSelector("#gadget-csiloop-kpi-trend select[name='definitionId']"));
        browser.waitFor(d -> measure.findElements(By.tagName("option")).size() == 4);
        new Select(measure).selectByVisibleText(measure.findElements(By.tagName("option")).stream()
                .map(WebElement::getText).filter(t -> t.endsWith("(" + key + ")")).findFirst().orElseThrow());
        browser.find(By.cssSelector("#gadget-csiloop-kpi-trend .csiloop-dashboard-config button[type='submit']")).click();
        browser.waitFor(d -> ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#gadget-csiloop-kpi-trend canvas');"
                        + "var chart = c && window.Chart.getChart(c);"
                        + "return !!chart && chart.data.datasets[0].label === arguments[0];", key));
    }

    /** The chart's datasets that match a JavaScript condition on {@code d}, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> datasets(Browser browser, String condition) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var chart = window.Chart.getChart(document.querySelector('#gadget-csiloop-kpi-trend canvas'));"
                        + "return chart.data.datasets.filter(function (d) { return " + condition + "; })"
                        + ".map(function (d) { return {label: d.label, data: d.data, phase: d.csiloopPhase,"
                        + " trial: !!d.csiloopTrial, goLive: d.csiloopGoLive, colours: d.pointBackgroundColor}; });");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> centre(List<Map<String, Object>> phase) {
        return (List<Object>) phase.get(0).get("data");
    }

    private static int firstDrawn(List<Object> data) {
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDrawn(List<Object> data) {
        for (int i = data.size() - 1; i >= 0; i--) {
            if (data.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
