package io.csiloop.preview.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 1 of the user journeys, end to end, as the service owner makes it: {@code editor} (Edit Issues, not a
 * project administrator) takes the demo's SVC-6, an Improvement at step 1 without measures, through the seven steps
 * to Improved and into cycle 2, by clicks and typing only (REST only reads, for the assertions). Each step is
 * pictured in target/screenshots/journey-improvement (docs/user-guide-improvement.md shows them).
 *
 * <p>The data tell an honest story for the verdict at the change (docs/before-after.md): a weekly lead time measure,
 * daily values near 5 days for sixteen weeks, then near 2.4 days from the go-live eight weeks ago; the go-live's week
 * and the week in progress count on neither side, so about fifteen complete weeks before against seven after, every
 * after week lower than every before week: Mann-Whitney's exact p is far below 0.05, the shift is about −2.6 days.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImprovementJourneyTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    static final String MEASURE = "Standard change lead time";
    static final String ACTIONS = "Standard changes pre-approved by the CAB\nDeployment pipeline for standard changes";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final LocalDate GO_LIVE = TODAY.minusWeeks(8);
    private static String definitionId;

    private static JourneyPages pages() {
        return new JourneyPages(world.browser(), world.preview().baseUrl(), "journey-improvement");
    }

    @Test
    @Order(1)
    void step1_writesTheApproach() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        browser.logIn("editor");
        browser.open("/browse/SVC-6");
        assertEquals("1 Identify the approach", pages.currentStep());
        assertFalse(pages.missing().isEmpty(), "the approach is not written yet");
        pages.answer("approach.objective-served", "Changes reach production without waiting.");
        pages.answer("approach.where-we-are-now", "A standard change waits five days for the CAB.");
        pages.answer("approach.why-improve", "Teams batch changes, which raises the risk of each.");
        pages.saveEvidenceUntilTheGatePasses();
        pages.shoot("01-approach", "#details-module", ".csiloop-gate");
        assertTrue(pages.read("issues/SVC-6/evidence").contains("A standard change waits five days for the CAB."));

        pages.transition("define-measurement", "DEFINE THE MEASUREMENT");
        assertEquals("2 Define the measurement", pages.currentStep());
        assertFalse(pages.missing().isEmpty(), "step 2's gate is shut before a measure is defined");
    }

    @Test
    @Order(2)
    void step2_definesTheMeasureWithItsGapAnalysis() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        browser.find(By.cssSelector(".csiloop-measures .csiloop-measure-define")).click();
        pages.type(".csiloop-measure-form", "idealMeasure", "Hours from request to production per standard change.",
                "measurableToday", "Days from the change ticket's creation to its resolution.",
                "key", "CHG-LT", "name", MEASURE, "unit", "days", "target", "2", "tolerance", "0.5", "baseline", "5");
        new Select(browser.find(By.cssSelector(".csiloop-measure-form [name='direction']"))).selectByValue("LOWER_IS_BETTER");
        new Select(browser.find(By.cssSelector(".csiloop-measure-form [name='period']"))).selectByValue("WEEK");
        new Select(browser.find(By.cssSelector(".csiloop-measure-form [name='source']"))).selectByValue("CSV");
        pages.shoot("02-define-measure", ".csiloop-measure-form");
        browser.find(By.cssSelector(".csiloop-measure-save")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-measure .csiloop-measure-name")).stream()
                .anyMatch(e -> e.getText().equals(MEASURE)));
        pages.gatePassed();
        assertEquals("Days from the change ticket's creation to its resolution.", browser.find(By.cssSelector(
                ".csiloop-gate [data-item-key='gap-analysis.measurable-today'] textarea")).getAttribute("value"));
        pages.shoot("03-measure-defined", ".csiloop-kpis", ".csiloop-measures");
        String definitions = pages.read("projects/SVC/definitions");
        assertTrue(definitions.matches("(?s)200 .*\"key\":\"CHG-LT\"[^{}]*\"direction\":\"LOWER_IS_BETTER\".*"), definitions);
        definitionId = browser.find(By.cssSelector(".csiloop-measure[data-name='" + MEASURE + "']")).getAttribute("data-definition-id");

        pages.transition("collect-data", "COLLECT DATA");
        assertEquals(List.of("No data has been collected for the measurement \"" + MEASURE + "\" in cycle 1."), pages.missing());
    }

    @Test
    @Order(3)
    void step3_importsACsvFile() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        Path csv = Files.createTempDirectory("csiloop-journey-").resolve("change-lead-time.csv");
        Files.writeString(csv, JourneyData.leadTimes(TODAY, GO_LIVE));

        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-csv-open")).click();
        WebElement dialog = browser.find(By.cssSelector(".csiloop-csv-dialog"));
        assertTrue(dialog.getText().contains("Into: " + MEASURE + " (days)"), dialog.getText());
        browser.find(By.cssSelector(".csiloop-csv-dialog .csiloop-csv-file")).sendKeys(csv.toAbsolutePath().toString());
        assertEquals("Columns found: observedAt, value, note", browser.find(By.cssSelector(".csiloop-csv-columns")).getText());
        browser.find(By.cssSelector(".csiloop-csv-dialog .csiloop-csv-import")).click();
        String summary = browser.waitFor(d -> {
            String text = d.findElement(By.cssSelector(".csiloop-csv-summary")).getText();
            return text.isEmpty() ? null : text;
        });
        int rows = JourneyData.DAYS;
        assertEquals(rows + " imported, 0 skipped.", summary);
        pages.shoot("04-csv-import", ".csiloop-csv-dialog");
        browser.find(By.cssSelector(".csiloop-csv-dialog .csiloop-csv-close")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-csv-dialog")).stream().noneMatch(WebElement::isDisplayed));
        pages.gatePassed();
        String points = pages.read("projects/SVC/definitions/" + definitionId + "/datapoints?from=" + TODAY.minusDays(200)
                + "T00:00:00Z&limit=500");
        assertTrue(points.startsWith("200 "), points);
        assertEquals(rows, points.split("\"observedAt\"").length - 1, "every line stored: " + points);
    }

    @Test
    @Order(4)
    void step3_recordsAValueAndCorrectsIt() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-record-form [name='value']")).sendKeys("24");
        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-record-form [name='note']")).sendKeys("CHG-4711");
        WebElement submit = browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-record-submit"));
        submit.click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".aui-flag .csiloop-flag-text")).stream().anyMatch(WebElement::isDisplayed)
                || !d.findElements(By.cssSelector(".csiloop-record-form [name='value']")).get(0).getAttribute("value").equals("24"));

        browser.find(By.cssSelector(".csiloop-improvement-panel .csiloop-points-show")).click();
        WebElement typed = browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-points-rows tr.csiloop-point")).stream()
                .filter(r -> r.findElement(By.cssSelector(".csiloop-point-note")).getText().equals("CHG-4711")).findFirst().orElse(null));
        String id = typed.getAttribute("data-point-id");
        assertEquals("24", typed.findElement(By.cssSelector(".csiloop-point-value")).getText());
        typed.findElement(By.cssSelector(".csiloop-point-correct")).click();
        WebElement value = browser.find(By.cssSelector(".csiloop-point-form [name='value']"));
        value.clear();
        value.sendKeys("2.4");
        browser.find(By.cssSelector(".csiloop-point-form [name='reason']")).sendKeys("typed 24 for 2.4");
        browser.find(By.cssSelector(".csiloop-point-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-point-form")).isEmpty()
                && d.findElements(By.cssSelector(".csiloop-points-rows tr[data-point-id='" + id + "'] .csiloop-point-value"))
                        .stream().anyMatch(e -> e.getText().equals("2.4")));
        assertEquals("Value corrected.", browser.find(By.cssSelector(".aui-flag .csiloop-flag-text")).getText());
        pages.shoot("05-value-corrected", ".csiloop-improvement-panel .csiloop-collect");
        String history = pages.read("projects/SVC/definitions/" + definitionId + "/datapoints/" + id + "/history");
        assertTrue(history.startsWith("200 ") && history.contains("typed 24 for 2.4"), history);
        pages.transition("process-data", "PROCESS DATA");
    }

    @Test
    @Order(5)
    void step4_processesTheData() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        assertEquals("4 Process data", pages.currentStep());
        pages.gatePassed();
        WebElement row = browser.find(By.cssSelector(".csiloop-kpi-row[data-definition-id='" + definitionId + "']"));
        assertTrue(row.getText().contains(MEASURE), row.getText());
        pages.shoot("06-process", ".csiloop-kpis");
        String snapshots = pages.read("projects/SVC/definitions/" + definitionId + "/kpi/snapshots");
        assertTrue(snapshots.matches("(?s)200 \\{\"snapshots\":\\[\\{.*\"cycle\":1}]}"), "the entry into step 4 took the snapshot: " + snapshots);
        pages.transition("analyse-data", "ANALYSE DATA");
    }

    @Test
    @Order(6)
    void step5_analysesAndWritesFindings() throws Exception {
        JourneyPages pages = pages();
        assertEquals("5 Analyse data", pages.currentStep());
        world.browser().find(By.cssSelector(".csiloop-panel-chart-body:not([aria-busy]) canvas"));
        pages.shoot("07-control-chart", ".csiloop-panel-chart");
        assertEquals(1, world.browser().driver().findElements(By.cssSelector(".csiloop-panel-chart .csiloop-trend-signals li"))
                .stream().filter(s -> s.getText().contains("A point beyond a natural process limit")).count(),
                "one line a rule, listing its periods");
        pages.answer("cycle-1.findings", "Lead time is stable near 5 days: every standard change waits for the weekly CAB.");
        pages.tick("cycle-1.gaps-reviewed");
        pages.tick("cycle-1.signals-reviewed");
        pages.saveEvidenceUntilTheGatePasses();
        pages.shoot("08-analyse", ".csiloop-gate");
        assertTrue(pages.read("issues/SVC-6/evidence").contains("every standard change waits for the weekly CAB"));
        pages.transition("present-knowledge", "PRESENT THE KNOWLEDGE");
    }

    @Test
    @Order(7)
    void step6_producesAndOpensThePackAndRecordsTheDecision() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        pages.answer("cycle-1.decision", "Pre-approve standard changes and deploy them through the pipeline");
        pages.answer("cycle-1.decided-by", "Change advisory board");
        browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-save")).click();
        browser.waitFor(d -> pages.missing().equals(List.of("The stakeholder pack for cycle 1 has not been produced yet.")));
        browser.find(By.cssSelector(".csiloop-pack-produce")).click();
        WebElement html = browser.find(By.cssSelector(".csiloop-pack .csiloop-pack-html"));
        pages.gatePassed();
        pages.shoot("09-pack-produced", ".csiloop-gate", ".csiloop-packs");
        String packs = pages.read("improvements/SVC-6/packs");
        assertTrue(packs.matches("(?s)200 \\{\"packs\":\\[\\{.*\"cycle\":1,\"createdBy\":\"editor\".*"), packs);

        String href = html.getAttribute("href");
        browser.driver().get(href);
        String page = browser.find(By.tagName("body")).getText();
        assertTrue(page.contains("SVC-6") && page.contains(MEASURE), page);
        pages.shoot("10-pack-page", "body");
        browser.open("/browse/SVC-6");
        pages.transition("implement-improvements", "IMPLEMENT IMPROVEMENTS");
    }

    @Test
    @Order(8)
    void step7_recordsTheActionsAndTheGoLiveAndSeesItWorked() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        browser.find(By.cssSelector("[data-item-key='cycle-1.actions'] textarea")).sendKeys(ACTIONS);
        WebElement day = browser.find(By.cssSelector("[data-item-key='cycle-1.go-live'] input[type='date']"));
        day.sendKeys(GO_LIVE.format(DateTimeFormatter.ofPattern(pages.dayOrder())));
        assertEquals(GO_LIVE.toString(), day.getAttribute("value"));
        pages.saveEvidenceUntilTheGatePasses();
        pages.shoot("11-actions-go-live", ".csiloop-gate");

        WebElement verdict = browser.find(By.cssSelector(".csiloop-verdicts .csiloop-verdict"));
        assertEquals(MEASURE, verdict.findElement(By.cssSelector(".csiloop-verdict-measure")).getText());
        assertEquals("IMPROVED", verdict.findElement(By.cssSelector(".aui-lozenge-success.csiloop-verdict-label")).getText());
        String reasons = verdict.findElement(By.cssSelector(".csiloop-verdict-reasons")).getText();
        assertTrue(reasons.startsWith("Improved: after the change on " + GO_LIVE + " the median fell by "), reasons);
        assertTrue(reasons.contains("The control chart agrees"), reasons);
        assertEquals("Go-live " + GO_LIVE + " (recorded)", verdict.findElement(By.cssSelector(".csiloop-verdict-go-live")).getText());
        pages.shoot("12-did-it-work", ".csiloop-verdicts");
        String rest = pages.read("projects/SVC/definitions/" + definitionId + "/kpi/before-after");
        assertTrue(rest.matches("(?s)200 .*\"verdict\":\"IMPROVED\".*"), rest);
    }

    @Test
    @Order(9)
    void confirmsItImproved() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        pages.transition("confirm-improved", "IMPROVED");
        assertEquals("IMPROVED", browser.find(By.cssSelector(".csiloop-verdicts .csiloop-verdict-label")).getText());
        pages.shoot("13-improved", "#details-module", ".csiloop-verdicts");
        assertTrue(pages.read("issues/SVC-6/improvement").startsWith("200 "));
    }

    @Test
    @Order(11)
    void startsCycleTwoWithTheActionsCarriedOver() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        browser.open("/browse/SVC-6");
        pages.walkCycleTwoToStepSeven();

        assertEquals(ACTIONS, browser.find(By.cssSelector("[data-item-key='cycle-2.actions'] textarea")).getAttribute("value"));
        assertEquals("Carried over from cycle 1's actions: edit them, then save them as this cycle's.",
                browser.find(By.cssSelector("[data-item-key='cycle-2.actions'] .csiloop-carried-over")).getText());
        pages.shoot("15-cycle2-actions-carried-over", ".csiloop-stage", ".csiloop-gate");
    }

    @Test
    @Order(10)
    void approvesTheSuggestedRebaseOnTheMeasurePage() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = pages();
        browser.find(By.linkText(MEASURE)).click();
        WebElement suggestion = browser.find(By.cssSelector(".csiloop-measure-suggestion"));
        assertTrue(suggestion.getText().startsWith("The chart suggests a rebase at the go-live of SVC-6 on " + GO_LIVE),
                suggestion.getText());
        assertEquals("No rebase has been approved: the chart has one phase.",
                browser.find(By.cssSelector(".csiloop-measure-rebases li")).getText());
        suggestion.findElement(By.cssSelector(".csiloop-rebase-approve")).click();
        browser.find(By.id("csiloop-rebase-reason")).sendKeys("The pre-approval is the new normal of standard changes");
        browser.find(By.cssSelector(".csiloop-rebase-submit")).click();
        WebElement rebase = browser.find(By.cssSelector(".csiloop-measure-rebases .csiloop-measure-rebase"));
        assertTrue(rebase.getText().matches("Rebased from " + GO_LIVE + ", approved by editor on \\d{4}-\\d\\d-\\d\\d: "
                + "The pre-approval is the new normal of standard changes"), rebase.getText());
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-trend-phases li")).size() == 2);
        assertTrue(browser.driver().findElements(By.cssSelector(".csiloop-measure-suggestion")).isEmpty());
        pages.shoot("14-rebase-approved", ".csiloop-measure-name", ".csiloop-trend-phases");
        assertTrue(pages.read("projects/SVC/definitions/" + definitionId + "/rebases")
                .matches("(?s)200 .*\"reason\":\"The pre-approval is the new normal of standard changes\".*"));
    }

    @Test
    @Order(12)
    void showsTheSamePagesToABrowseOnlyUserWithNothingToChange() {
        Browser browser = world.browser();
        browser.logIn("viewer");
        browser.open("/browse/SVC-6");
        assertEquals("7 Implement improvements", browser.find(By.cssSelector(".csiloop-step-current .csiloop-step-label")).getText());
        assertEquals(ACTIONS, browser.find(By.cssSelector("[data-item-key='cycle-2.actions'] textarea")).getAttribute("value"));
        assertFalse(browser.driver().findElements(By.cssSelector(".csiloop-passed-gate")).isEmpty(), "cycle 1's gates");
        assertFalse(browser.driver().findElements(By.cssSelector(".csiloop-passed-gate .csiloop-pack-link")).isEmpty(), "the packs");
        browser.find(By.cssSelector(".csiloop-verdicts"));
        browser.find(By.cssSelector(".csiloop-panel-chart canvas"));
        assertEquals(MEASURE, browser.find(By.cssSelector(".csiloop-kpi-row .csiloop-kpi-name")).getText());
        JourneyPages.showPoints(browser);
        JourneyPages.assertNothingChanges(browser, "SVC-6");

        browser.find(By.linkText(MEASURE)).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-trend-phases li")).size() == 2);
        browser.find(By.cssSelector(".csiloop-measure-rebases .csiloop-measure-rebase"));
        browser.find(By.cssSelector(".csiloop-measure-periods tbody tr"));
        JourneyPages.showPoints(browser);
        JourneyPages.assertNothingChanges(browser, "the measure page");
    }
}
