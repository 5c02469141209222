package io.csiloop.jira.web;

import io.csiloop.application.automation.AutomationProgress;
import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.BundleMessages;
import io.csiloop.application.automation.CollectedMeasure;
import io.csiloop.application.automation.DefinitionAutomation;
import io.csiloop.application.automation.DurationUnit;
import io.csiloop.application.automation.JqlCollection;
import io.csiloop.application.automation.OverdueMeasurement;
import io.csiloop.application.automation.ProjectSettings;
import io.csiloop.application.automation.RaisePolicy;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.StoredAutomation;
import io.csiloop.kpi.Period;
import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.FutureGrace;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectRef;
import io.csiloop.view.JiraVelocity;
import io.csiloop.view.automation.AutomationAdminPage;
import io.csiloop.view.automation.DefinitionRow;
import io.csiloop.view.automation.PageText;
import io.csiloop.view.automation.ProjectAutomationPage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings pages as Jira renders them: Velocity 1.7, every reference escaped, only allowlisted methods, and every
 * text from the bundles (a missing key fails the rendering).
 */
class AutomationPagesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BundleMessages MESSAGES = new BundleMessages();
    private static final ProjectRef OPS = new ProjectRef(10_000L, "OPS", "Ops & <b>Support</b>");

    private static String render(String template, Object page) throws Exception {
        return new JiraVelocity().render(template, Map.of("page", page, "text", new PageText(MESSAGES)));
    }

    /** Asserts the page holds every fragment, showing the page when it does not. */
    private static void assertShows(String html, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(html.contains(fragment), () -> "missing " + fragment + " in " + html);
        }
    }

    private static StoredDefinition definition(int id, String key, MeasurementSource source) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = key;
        draft.name = "Time to <i>restore</i>";
        draft.source = source;
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        return new StoredDefinition(id, OPS.id(), new Ownership(null, "admin"), draft.build(), 1, created, created);
    }

    @Test
    void theGlobalPageShowsTheSettingsInForce() throws Exception {
        String html = render(AutomationAdminServlet.TEMPLATE, new AutomationAdminPage(
                new AutomationSettings(RunSchedule.cron("0 30 1 * * ?"), BERLIN, true, new CsvLimits(2_048, 100_000),
                        new FutureGrace(36)),
                "The job has not run yet."));

        assertShows(html,
                "<title>CSI Loop automation</title>",
                "value=\"CRON\" checked",
                "name=\"cron\" value=\"0 30 1 * * ?\"",
                "name=\"timeZone\" value=\"Europe/Berlin\"",
                "id=\"csiloop-raise-on\" value=\"true\" checked",
                "name=\"csvMaxBytes\" value=\"2048\"",
                "name=\"csvMaxRows\" value=\"100000\"",
                "name=\"futureGraceHours\" value=\"36\"",
                "From 0–168 (a week); the default, 0, refuses every value from the future.",
                "data-rest-path=\"automation/settings\" data-method=\"PUT\"",
                "data-rest-path=\"automation/run\" data-method=\"POST\"");
    }

    @Test
    void theProjectPageEscapesEveryNameQueryAndErrorJiraOrAUserWrote() throws Exception {
        StoredDefinition jql = definition(7, "MTTR", MeasurementSource.JQL_DURATION);
        StoredAutomation automation = new StoredAutomation(new DefinitionAutomation(7, OPS.id(),
                new JqlCollection("summary ~ \"<script>alert(1)</script>\"", CollectedMeasure.CREATED_TO_RESOLVED,
                        DurationUnit.DAYS), new RaisePolicy(true, 3, false), 12, "admin"),
                new AutomationProgress(5, 12, "Field 'team' <does not> exist", Instant.parse("2026-11-16T09:00:00Z"),
                        Instant.parse("2026-11-16T09:00:00Z")), Instant.parse("2026-11-01T00:00:00Z"));
        DefinitionRow row = new DefinitionRow(jql, automation, null, BERLIN, MESSAGES);

        String html = render(ProjectAutomationServlet.TEMPLATE, new ProjectAutomationPage(OPS,
                ProjectSettings.inheriting(OPS.id()), new AutomationSettings(RunSchedule.every(60), BERLIN, false),
                "Last run: 2026-11-16 10:00 Europe/Berlin.", List.of(row), MESSAGES));

        assertFalse(html.contains("<script>alert(1)"), "no query reaches the page unescaped");
        assertFalse(html.contains("<b>Support</b>") || html.contains("<i>restore</i>") || html.contains("<does not>"));
        assertShows(html,
                "<title>CSI Loop automation for Ops &amp; &lt;b&gt;Support&lt;/b&gt;</title>",
                "summary ~ &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</textarea>",
                "5 of 12 periods collected",
                "Last attempt failed (2026-11-16 10:00 Europe/Berlin): Field &#39;team&#39; &lt;does not&gt; exist",
                "As the global settings: every 60 minutes",
                "value=\"INHERIT\" checked",
                "<option value=\"DAYS\" selected>Days</option>",
                "name=\"offTargetPeriods\" value=\"3\"",
                "data-rest-path=\"projects/10000/automation/settings\" data-method=\"PUT\"",
                "data-rest-path=\"projects/10000/automation/run\" data-method=\"POST\"",
                "data-rest-path=\"projects/10000/automation/definitions/7\" data-method=\"PUT\"",
                "data-rest-path=\"projects/10000/automation/definitions/7\" data-method=\"DELETE\"");
    }

    @Test
    void aHandFedMeasureOffersRaisingAndSaysWhenItIsOverdue() throws Exception {
        StoredDefinition manual = definition(8, "FCR", MeasurementSource.MANUAL);
        OverdueMeasurement overdue = new OverdueMeasurement(manual, new Period(PeriodUnit.MONTH, LocalDate.of(2026, 10, 1), BERLIN));

        String html = render(ProjectAutomationServlet.TEMPLATE, new ProjectAutomationPage(OPS,
                new ProjectSettings(OPS.id(), RunSchedule.every(30), ZoneId.of("UTC"), true),
                AutomationSettings.defaults(BERLIN), "The job has not run yet.",
                List.of(new DefinitionRow(manual, null, overdue, BERLIN, MESSAGES)), MESSAGES));

        assertTrue(html.contains("Overdue: no value for 2026-10"), html);
        assertFalse(html.contains("name=\"jql\""), "no query for a measure entered by hand");
        assertShows(html,
                "name=\"raise\"",
                "value=\"INTERVAL\" checked",
                "name=\"intervalMinutes\" value=\"30\"",
                "id=\"csiloop-raise-true\" value=\"true\" checked");
        assertFalse(html.contains("data-method=\"DELETE\""), "nothing to remove before it is configured");
    }

    @Test
    void aProjectWithoutMeasurementsSaysSo() throws Exception {
        String html = render(ProjectAutomationServlet.TEMPLATE, new ProjectAutomationPage(OPS,
                ProjectSettings.inheriting(OPS.id()), AutomationSettings.defaults(BERLIN), "", List.of(), MESSAGES));

        assertTrue(html.contains("This project has no measurements yet."), html);
    }
}
