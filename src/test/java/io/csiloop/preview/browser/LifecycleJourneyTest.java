package io.csiloop.preview.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 2 of the user journeys through the UI only: {@code editor} creates a Lifecycle Project through the
 * preview's Create dialog (type, summary, description, assignee, due date), lands on it in Initiation and walks it to
 * Closed. At every phase the transition is tried first and refused, listing what is missing; then the
 * evidence is recorded in the lifecycle panel with its inputs (choices for the value chain, the dimensions and the
 * practices; applied / not applicable for the principles), the gate decision taken (go with conditions at Planning's
 * exit), and the transition passes. From Closing a lesson is raised as an Improvement; the phase-exit report shows
 * labels, the passages, the approver and the decisions. Pictured in target/screenshots/journey-lifecycle.
 */
class LifecycleJourneyTest {

    @RegisterExtension
    static final PreviewInBrowser world = new PreviewInBrowser();

    private static final String AHEAD = "section.csiloop-gate:not(.csiloop-passed-gate) ";
    private static final String CONDITIONS = "Pilot with the first-line team before the other shifts";

    @Test
    void shouldWalkAProjectFromInitiationToClosedThroughThePanel() throws Exception {
        Browser browser = world.browser();
        JourneyPages pages = new JourneyPages(browser, world.preview().baseUrl(), "journey-lifecycle");
        browser.logIn("editor");

        // Create: a new Lifecycle Project through the header's Create dialog, which opens it in Initiation
        String project = create(browser, pages);
        assertEquals("INITIATION", browser.find(By.id("issue-status")).getText());
        assertEquals("Knowledge base for the field engineers", browser.find(By.id("issue-summary")).getText());
        assertEquals("Ed Editor", browser.find(By.id("issue-reporter")).getText());
        assertEquals("Ada Admin", browser.find(By.id("issue-assignee")).getText());
        assertEquals("30/Jun/27", browser.find(By.id("issue-due")).getText());
        assertEquals("Initiation", pages.currentStep());
        pages.shoot("00-created", "#issue-summary", "#issue-description", ".csiloop-step-current");

        // Initiation: the charter
        List<String> refusal = refused(browser, "start-planning");
        assertEquals("The gate \"Charter complete\" is not passed yet. Still missing:", refusal.get(0));
        assertTrue(refusal.contains("The charter has no purpose yet: say why this project exists."), refusal::toString);
        assertTrue(refusal.contains(DECISION_MISSING), refusal::toString);
        pages.shoot("01-initiation-refused", ".preview-refusal", AHEAD);
        pages.answer("charter.purpose", "Agents find answers without asking a colleague.");
        pages.answer("charter.objectives", "Half of the tickets answered from the knowledge base\nArticles reviewed monthly");
        pages.answer("charter.risks", "Articles go stale\nAgents keep their own notes");
        pages.tick("charter.risks-reviewed");
        choose("charter.value-chain", "engage", "deliver-and-support");
        choose("charter.dimensions", "organizations-and-people", "information-and-technology");
        decide("GO", "");
        save(pages);
        pages.shoot("02-charter", AHEAD);
        pages.transition("start-planning", "PLANNING");

        // Planning: scope and requirements against the seven guiding principles
        refusal = refused(browser, "start-executing");
        assertTrue(refusal.contains("The guiding principle \"Focus on value\" is not answered yet: say how it is applied,"
                + " or why it does not apply."), refusal::toString);
        pages.answer("scope", "The service desk's knowledge base; not the customer portal.");
        pages.answer("requirements", "Search by error message\nEvery article has an owner");
        for (String principle : List.of("focus-on-value", "start-where-you-are", "progress-iteratively-with-feedback",
                "collaborate-and-promote-visibility", "think-and-work-holistically", "keep-it-simple-and-practical")) {
            pick("principle." + principle, "APPLIED");
        }
        pick("principle.optimize-and-automate", "NOT_APPLICABLE");
        pages.answer("principle.optimize-and-automate", "Nothing repeats yet: automate once articles are stable.");
        for (String dimension : DIMENSIONS) {
            pages.answer("dimension." + dimension, "Considered with the service desk lead.");
        }
        decide("GO_WITH_CONDITIONS", "");
        browser.find(By.cssSelector(AHEAD + ".csiloop-evidence-save")).click();
        WebElement error = browser.find(By.cssSelector(AHEAD + ".csiloop-form-message.aui-message-error"));
        assertTrue(error.getText().contains("Write the conditions the project goes on under."), error::getText);
        decide("GO_WITH_CONDITIONS", CONDITIONS);
        save(pages);
        pages.shoot("03-plan-with-conditions", AHEAD);
        pages.transition("start-executing", "EXECUTING");

        // Executing: the practices that co-create the value, across the Four Dimensions
        refusal = refused(browser, "start-monitoring");
        assertEquals(List.of("The gate \"Practices described\" is not passed yet. Still missing:",
                "No management practice is chosen yet: say which practices co-create the value.",
                "The practices are not described for the dimension \"Organizations and people\" yet.",
                "The practices are not described for the dimension \"Information and technology\" yet.",
                "The practices are not described for the dimension \"Partners and suppliers\" yet.",
                "The practices are not described for the dimension \"Value streams and processes\" yet.",
                DECISION_MISSING), refusal);
        pages.shoot("04-executing-refused", ".preview-refusal");
        choose("practices.general", "knowledge-management");
        choose("practices.service", "service-desk", "change-enablement");
        choose("practices.technical", "software-development-and-management");
        for (String dimension : DIMENSIONS) {
            pages.answer("dimension." + dimension, "Knowledge management and the service desk keep articles current.");
        }
        decide("GO", "");
        save(pages);
        pages.shoot("05-practices", AHEAD);
        pages.transition("start-monitoring", "MONITOR & CONTROL");

        // Monitor & Control: the progress report with changes and transition planning
        refusal = refused(browser, "start-closing");
        assertTrue(refusal.contains("No progress report is recorded yet."), refusal::toString);
        pages.answer("progress-report", "On scope, two weeks late, within budget.");
        pages.answer("progress.changes", "Search moved to the second release.");
        pages.answer("progress.transition", "Agents trained per shift; articles handed to their owners.");
        decide("GO", "");
        save(pages);
        pages.transition("start-closing", "CLOSING");

        // Closing: the handover into operations, and a lesson raised as an improvement
        refusal = refused(browser, "close");
        assertTrue(refusal.contains("The handover item \"Support model\" is not in place yet."), refusal::toString);
        for (String item : List.of("request-fulfilment", "incident-and-failure-handling", "routine-operations",
                "support-model")) {
            pages.tick("handover." + item);
        }
        decide("GO", "");
        save(pages);
        pages.shoot("06-handover", AHEAD);

        browser.find(By.cssSelector(".csiloop-raise-open")).click();
        browser.find(By.cssSelector(".csiloop-raise-dialog [name='lesson']"))
                .sendKeys("Plan article owners before go-live\nArticles without an owner went stale within weeks.");
        pages.shoot("07-raise-improvement", ".csiloop-raise-dialog");
        browser.find(By.cssSelector(".csiloop-raise-submit")).click();
        WebElement raised = browser.find(By.cssSelector(".csiloop-raised-link"));
        String key = raised.getText().replaceAll("^Improvement (\\S+) raised.*$", "$1");
        assertTrue(key.matches("SVC-\\d+"), raised::getText);
        assertEquals(number(project) + 1, number(key), "the raised improvement takes the project's next key");
        String register = pages.read("issues/" + key + "/improvement");
        assertTrue(register.startsWith("200 ") && register.contains("Plan article owners before go-live"), register);
        assertTrue(pages.read("issues/" + key + "/lifecycle").startsWith("404")
                || !pages.read("issues/" + key + "/improvement").contains("Lifecycle"), "the raised issue is an Improvement");
        pages.transition("close", "CLOSED");
        pages.shoot("08-closed", ".csiloop-lifecycle-panel");

        // The phase-exit report, linked from the panel
        String report = browser.find(By.cssSelector(".csiloop-phase-exit-report")).getAttribute("href");
        browser.driver().get(report);
        String page = browser.find(By.tagName("body")).getText();
        assertAll(() -> assertTrue(page.contains("Focus on value"), page),
                () -> assertTrue(page.contains("Not applicable"), page),
                () -> assertFalse(page.contains("principle.focus-on-value"), page),
                () -> assertFalse(page.contains("NOT_APPLICABLE"), page),
                () -> assertTrue(page.contains("Decision: Go with conditions, by Ed Editor."), page),
                () -> assertTrue(page.contains("Conditions: " + CONDITIONS), page),
                () -> assertTrue(page.contains("Change enablement, Service desk"), page),
                () -> assertEquals(5, page.split("Passed by Ed Editor on ", -1).length - 1, page),
                () -> assertFalse(page.contains("Not passed yet."), page),
                // the improvement raised at Closing is open linked work, but it came after "Ready for closing" passed
                () -> assertFalse(page.contains("is not resolved yet"), page),
                () -> assertFalse(page.contains("Still missing"), page));
        browser.screenshot("journey-lifecycle/09-phase-exit-report");
    }

    /**
     * Creates the project as a person does: Create in the header, the type, summary, description, assignee and due
     * date, then Create; returns the new issue's key, from the page the dialog opens.
     */
    private static String create(Browser browser, JourneyPages pages) throws Exception {
        browser.open("/issues/");
        browser.find(By.id("create_link")).click();
        new Select(browser.find(By.id("create-project"))).selectByValue("SVC");
        new Select(browser.find(By.id("create-issuetype"))).selectByVisibleText("Lifecycle Project");
        browser.find(By.id("create-summary")).sendKeys("Knowledge base for the field engineers");
        browser.find(By.id("create-description")).sendKeys("Field engineers call the desk for answers a page could give.");
        new Select(browser.find(By.id("create-assignee"))).selectByVisibleText("Ada Admin");
        browser.find(By.id("create-duedate")).sendKeys("2027-06-30");
        pages.shoot("00-create-dialog", "#create-issue-dialog");
        browser.find(By.id("create-issue-submit")).click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/browse/SVC-\\d+$"));
        String key = browser.driver().getCurrentUrl().replaceAll("^.*/browse/", "");
        assertTrue(number(key) > 20, "a new key after the demo's SVC-20: " + key);
        return key;
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.indexOf('-') + 1));
    }

    private static final String DECISION_MISSING =
            "The gate decision is not recorded yet: the approver decides go, go with conditions or stop.";
    private static final List<String> DIMENSIONS = List.of("organizations-and-people", "information-and-technology",
            "partners-and-suppliers", "value-streams-and-processes");

    /** Tries the transition and returns the refusal's lines; the issue stays where it was. */
    private static List<String> refused(Browser browser, String transition) {
        browser.find(By.cssSelector(".preview-transition[data-transition='" + transition + "']")).click();
        return browser.waitFor(d -> {
            List<WebElement> lines = d.findElements(By.cssSelector(".preview-refusal p, .preview-refusal li"));
            return lines.isEmpty() ? null : lines.stream().map(WebElement::getText).toList();
        });
    }

    /** Ticks options of a choice item by their labels. */
    private static void choose(String item, String... options) {
        for (String option : options) {
            world.browser().find(By.cssSelector(AHEAD + "[data-item-key='" + item + "'] input[value='" + option
                    + "'] ~ label")).click();
        }
    }

    /** Picks a radio of an item (a principle's answer) by its label. */
    private static void pick(String item, String state) {
        world.browser().find(By.cssSelector(AHEAD + "[data-item-key='" + item + "'] input[value='" + state + "'] ~ label"))
                .click();
    }

    /** Takes the gate's decision, with its conditions. */
    private static void decide(String decision, String conditions) {
        pick("gate-decision", decision);
        WebElement field = world.browser().find(By.cssSelector(AHEAD + "[data-item-key='gate-decision'] textarea"));
        field.clear();
        field.sendKeys(conditions);
    }

    private static void save(JourneyPages pages) {
        pages.saveEvidenceUntilTheGatePasses();
    }
}
