package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steps 6 and 7 and into the next cycle, as a user with Edit Issues (not a project administrator) makes them on the
 * demo's SVC-7, by clicks and typing: the produced pack shows as a link with its time in step 6's checklist and its
 * history, never as "pack:N"; step 7 records the actions and the go-live with the date input; the panel says what
 * "Confirm improvement" and "Start next cycle" will do; after "Start next cycle" cycle 2 collects, processes,
 * analyses and presents again, and its step-7 form starts from cycle 1's actions, offered to edit: the gate still
 * asks for them until they are saved. The one fixture: a measure linked to SVC-7 beforehand (by the project
 * administrator, through REST), without which no cycle can collect data.
 */
class ImplementAndNextCycleTest {

    private static final String ACTIONS = "Answer every survey comment within a week\nMonday rota for the service desk";

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    @Test
    void shouldRecordStepSevenAndCarryItsActionsIntoTheNextCycle() throws Exception {
        linkAMeasureToSvc7();
        Browser browser = world.browser();
        browser.logIn("editor");
        browser.open("/browse/SVC-7");
        browser.find(By.cssSelector("[data-item-key='cycle-1.findings'] textarea")).sendKeys("Unanswered comments cluster on Mondays.");
        browser.find(By.cssSelector("[data-item-key='cycle-1.signals-reviewed'] label")).click();
        saveUntilTheGatePasses(browser);
        transition(browser, "present-knowledge", "PRESENT THE KNOWLEDGE");
        assertEquals("Stakeholder pack of this cycle: Not produced yet: \"Produce stakeholder pack\" below produces it.",
                browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-pack")).getText());
        browser.find(By.cssSelector("[data-item-key='cycle-1.decision'] textarea")).sendKeys("Answer every comment within a week");
        browser.find(By.cssSelector("[data-item-key='cycle-1.decided-by'] textarea")).sendKeys("Service owner");
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-missing li")).size() == 1);
        browser.find(By.cssSelector(".csiloop-pack-produce")).click();
        WebElement inChecklist = browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-pack .csiloop-pack-link"));
        String produced = inChecklist.getText();
        assertTrue(produced.matches("Stakeholder pack produced \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d Europe/Berlin"), produced);
        assertTrue(inChecklist.getAttribute("href").matches(".*/rest/csiloop/1\\.0/improvements/SVC-7/packs/\\d+/html"),
                inChecklist.getAttribute("href"));
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        browser.screenshot("improvement-step6-pack-in-checklist");
        transition(browser, "implement-improvements", "IMPLEMENT IMPROVEMENTS");

        // Step 6's passed gate: the pack is a link with its time, in the locked checklist and in the history.
        List<WebElement> packLinks = browser.driver().findElements(By.cssSelector(
                ".csiloop-passed-gate[data-gate-id='improvement.present-knowledge-exit'] .csiloop-pack-link"));
        assertEquals(List.of(produced, produced), packLinks.stream().map(WebElement::getText).toList(),
                "the checklist and the history's version that recorded it");
        assertEquals("OPEN → " + produced, packLinks.get(1).findElement(By.xpath("..")).getText());
        assertFalse(bodyText(browser).matches("(?s).*pack:\\d.*"), "never the reference: " + bodyText(browser));

        // Step 7: the actions and the go-live, typed into the date input as a person types a day, in the order of the
        // browser's locale (Chromium's date field follows it: month first in en-US).
        LocalDate goLive = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        browser.find(By.cssSelector("[data-item-key='cycle-1.actions'] textarea")).sendKeys(ACTIONS);
        WebElement day = browser.find(By.cssSelector("[data-item-key='cycle-1.go-live'] input[type='date']"));
        day.sendKeys(goLive.format(DateTimeFormatter.ofPattern(dayOrder(browser))));
        assertEquals(goLive.toString(), day.getAttribute("value"), "the date input's value is yyyy-MM-dd");
        browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-missing li")).stream()
                .noneMatch(li -> li.getText().equals("No improvement action is recorded yet.") || li.getText().contains("went live")));
        assertEquals(goLive.toString(), browser.find(By.cssSelector("[data-item-key='cycle-1.go-live'] input")).getAttribute("value"),
                "stored and shown again after the reload");
        List<String> moves = browser.driver().findElements(By.cssSelector(".csiloop-next-move")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, moves.size(), moves.toString());
        assertTrue(moves.get(0).startsWith("\"Confirm improvement\" closes this improvement as Improved (resolution Done) "
                + "once its gate passes"), moves.get(0));
        assertTrue(moves.get(1).startsWith("\"Start next cycle\" takes this improvement back to step 3, Collect data, "
                + "in cycle 2"), moves.get(1));
        browser.screenshot("improvement-step7-actions-go-live");

        transition(browser, "start-next-cycle", "COLLECT DATA");
        assertEquals("Cycle 2", browser.find(By.cssSelector(".csiloop-cycle")).getText());
        browser.find(By.cssSelector(".csiloop-record-form [name='value']")).sendKeys("86");
        browser.find(By.cssSelector(".csiloop-record-submit")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        transition(browser, "process-data", "PROCESS DATA");
        transition(browser, "analyse-data", "ANALYSE DATA");
        browser.find(By.cssSelector("[data-item-key='cycle-2.findings'] textarea")).sendKeys("Mondays are answered now.");
        browser.find(By.cssSelector("[data-item-key='cycle-2.gaps-reviewed'] label")).click();
        browser.find(By.cssSelector("[data-item-key='cycle-2.signals-reviewed'] label")).click();
        saveUntilTheGatePasses(browser);
        transition(browser, "present-knowledge", "PRESENT THE KNOWLEDGE");
        browser.find(By.cssSelector("[data-item-key='cycle-2.decision'] textarea")).sendKeys("Keep the rota");
        browser.find(By.cssSelector("[data-item-key='cycle-2.decided-by'] textarea")).sendKeys("Service owner");
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-missing li")).size() == 1);
        browser.find(By.cssSelector(".csiloop-pack-produce")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
        transition(browser, "implement-improvements", "IMPLEMENT IMPROVEMENTS");

        // Cycle 2's step 7 starts from cycle 1's actions, to edit; they are not its evidence until saved.
        WebElement carried = browser.find(By.cssSelector("[data-item-key='cycle-2.actions'] textarea"));
        assertEquals(ACTIONS, carried.getAttribute("value"));
        assertEquals("Carried over from cycle 1's actions: edit them, then save them as this cycle's.",
                browser.find(By.cssSelector("[data-item-key='cycle-2.actions'] .csiloop-carried-over")).getText());
        assertEquals("", browser.find(By.cssSelector("[data-item-key='cycle-2.go-live'] input[type='date']"))
                .getAttribute("value"), "a go-live is the cycle's own day");
        assertTrue(missing(browser).contains("No improvement action is recorded yet."),
                "offered, not recorded: " + missing(browser));
        assertTrue(browser.driver().findElements(By.cssSelector(".csiloop-evidence-history td:first-child")).stream()
                .map(WebElement::getText).anyMatch("Findings (cycle 1) v1"::equals), "cycle 1's history by label and cycle");
        assertFalse(bodyText(browser).matches("(?s).*(pack:\\d|cycle-1\\.).*"), "no reference, no item key: " + bodyText(browser));
        browser.screenshot("improvement-cycle2-actions-carried-over");
        carried.sendKeys("\nChatbot for the top questions");
        browser.find(By.cssSelector(".csiloop-gate .csiloop-evidence-save")).click();
        browser.waitFor(d -> !missing(browser).contains("No improvement action is recorded yet."));
        assertEquals(ACTIONS + "\nChatbot for the top questions",
                browser.find(By.cssSelector("[data-item-key='cycle-2.actions'] textarea")).getAttribute("value"));
        assertTrue(browser.driver().findElements(By.cssSelector("[data-item-key='cycle-2.actions'] .csiloop-carried-over"))
                .isEmpty(), "saved: the cycle's own answer now");
    }

    /** How the browser's locale orders a day's fields, as a pattern: "MMddyyyy" in en-US, "ddMMyyyy" in en-GB. */
    private static String dayOrder(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return new Intl.DateTimeFormat().formatToParts(new Date(2026, 10, 30)).map(function (p) {"
                        + " return {day: 'dd', month: 'MM', year: 'yyyy'}[p.type] || ''; }).join('');");
    }

    private static List<String> missing(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".csiloop-gate-missing li")).stream()
                .map(WebElement::getText).toList();
    }

    private static String bodyText(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** The fixture: the project administrator links a measure to SVC-7 (issue 10007), as REST offers it. */
    private static void linkAMeasureToSvc7() throws Exception {
        String body = "{\"key\":\"CMT\",\"name\":\"Survey comments answered within a week\",\"unit\":\"%\","
                + "\"direction\":\"HIGHER_IS_BETTER\",\"target\":90,\"tolerance\":5,\"baseline\":60,"
                + "\"aggregation\":\"AVERAGE\",\"period\":\"MONTH\",\"source\":\"MANUAL\",\"improvementIssueId\":10007}";
        HttpResponse<String> reply = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(world.preview().baseUrl() + "/rest/csiloop/1.0/projects/SVC/definitions"))
                        .header("Authorization", "Bearer demo-admin-pat").header("Content-Type", "application/json")
                        .header("Accept", "application/json").header("X-Atlassian-Token", "no-check")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, reply.statusCode(), reply.body());
    }

    private static void saveUntilTheGatePasses(Browser browser) {
        browser.find(By.cssSelector(".csiloop-evidence-save")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".csiloop-gate-verdict.aui-message-success")).size() == 1);
    }

    private static void transition(Browser browser, String transition, String status) {
        browser.find(By.cssSelector(".preview-transition[data-transition='" + transition + "']")).click();
        browser.waitFor(d -> d.findElement(By.id("issue-status")).getText().equals(status));
    }
}
