package io.csiloop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csiloop.application.automation.Backfill;
import io.csiloop.application.automation.FakeScheduler;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.RunScope;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automation settings over HTTP, as the settings pages' script saves them: the global ones for Jira
 * administrators, a project's and its definitions' for the project's administrators, every refusal in the API's
 * error body with the automation's own messages, and the scheduler kept in step.
 */
class AutomationResourcesTest {

    private static final String MTTR_JQL = "project = CSI AND type = Incident";

    private RestWorld world;
    private Api jiraAdmin;
    private Api projectAdmin;

    @BeforeEach
    void start() {
        world = new RestWorld();
        jiraAdmin = world.api.as(Role.JIRA_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
        projectAdmin = world.api.as(Role.PROJECT_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void aJiraAdministratorSavesTheGlobalSettingsWhichAreScheduledAtOnce() {
        Api.Reply saved = jiraAdmin.put("automation/settings",
                "{\"schedule\":\"INTERVAL\",\"intervalMinutes\":60,\"timeZone\":\"America/New_York\",\"autoRaise\":true}");

        assertEquals(200, saved.status(), saved.body());
        assertEquals("{\"schedule\":\"INTERVAL\",\"intervalMinutes\":60,\"cron\":null,\"timeZone\":\"America/New_York\","
                + "\"autoRaise\":true,\"csvMaxBytes\":67108864,\"csvMaxRows\":1000000,\"futureGraceHours\":0}",
                saved.body());
        assertEquals(new FakeScheduler.Job(RunSchedule.every(60), ZoneId.of("America/New_York")),
                world.scheduler.jobs.get(RunScope.GLOBAL));
    }

    @Test
    void badSettingsAreRefusedWithEveryErrorInTheAutomationsWordsAndNothingIsScheduled() {
        Api.Reply refused = jiraAdmin.put("automation/settings",
                "{\"schedule\":\"INTERVAL\",\"intervalMinutes\":2,\"timeZone\":\"Mars/Olympus\",\"autoRaise\":null}");

        JsonNode errors = Json.of(refused).get("errors");
        assertAll(() -> assertEquals(400, refused.status()),
                () -> assertEquals("The request was refused: 3 errors. Nothing was saved.",
                        Json.of(refused).get("message").asText()),
                () -> assertEquals(List.of("intervalMinutes", "timeZone", "autoRaise"),
                        List.of(errors.get(0).get("field").asText(), errors.get(1).get("field").asText(),
                                errors.get(2).get("field").asText())),
                () -> assertEquals("csiloop.automation.error.range", errors.get(0).get("key").asText()),
                () -> assertEquals("Enter a whole number from 5 to 40,320.", errors.get(0).get("message").asText()),
                () -> assertEquals("Enter a time zone such as Europe/Berlin or UTC.",
                        errors.get(1).get("message").asText()),
                () -> assertTrue(world.scheduler.jobs.isEmpty()));
    }

    @Test
    void theGlobalSettingsAndRunAreForJiraAdministratorsOnly() {
        Api.Reply projectAdmins = projectAdmin.put("automation/settings",
                "{\"schedule\":\"INTERVAL\",\"intervalMinutes\":60,\"timeZone\":\"UTC\",\"autoRaise\":true}");
        Api.Reply anonymous = world.api.as(Role.ANONYMOUS).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK)
                .post("automation/run", null);

        assertAll(() -> assertEquals(403, projectAdmins.status()),
                () -> assertEquals("Only Jira administrators may do this: it needs the global permission Administer Jira.",
                        Json.of(projectAdmins).get("message").asText()),
                () -> assertEquals(401, anonymous.status()),
                () -> assertTrue(world.scheduler.jobs.isEmpty()),
                () -> assertEquals(List.of(), world.scheduler.runsSoon));
    }

    @Test
    void runNowAsksTheSchedulerForOneRunOfTheScope() {
        assertEquals(204, jiraAdmin.post("automation/run", null).status());
        assertEquals(204, projectAdmin.post("projects/CSI/automation/run", null).status());

        assertEquals(List.of(RunScope.GLOBAL, RunScope.project(FakeJira.PROJECT.id())), world.scheduler.runsSoon);
    }

    @Test
    void aProjectRunsOnItsOwnScheduleOnlyWhileItHasOne() {
        Api.Reply own = projectAdmin.put("projects/CSI/automation/settings",
                "{\"schedule\":\"CRON\",\"cron\":\" 0 15 3 ? * MON \",\"timeZone\":\"\",\"autoRaise\":null}");
        RunSchedule scheduled = world.scheduler.jobs.get(RunScope.project(FakeJira.PROJECT.id())).schedule();
        Api.Reply inheriting = projectAdmin.put("projects/10/automation/settings",
                "{\"schedule\":\"INHERIT\",\"timeZone\":\"Asia/Tokyo\",\"autoRaise\":false}");

        assertAll(() -> assertEquals("{\"schedule\":\"CRON\",\"intervalMinutes\":null,\"cron\":\"0 15 3 ? * MON\","
                        + "\"timeZone\":null,\"autoRaise\":null,\"csvMaxBytes\":null,\"csvMaxRows\":null,"
                        + "\"futureGraceHours\":null}", own.body()),
                () -> assertEquals(RunSchedule.cron("0 15 3 ? * MON"), scheduled),
                () -> assertEquals("{\"schedule\":\"INHERIT\",\"intervalMinutes\":null,\"cron\":null,"
                        + "\"timeZone\":\"Asia/Tokyo\",\"autoRaise\":false,\"csvMaxBytes\":null,\"csvMaxRows\":null,"
                        + "\"futureGraceHours\":null}",
                        inheriting.body()),
                () -> assertFalse(world.scheduler.jobs.containsKey(RunScope.project(FakeJira.PROJECT.id()))));
    }

    @Test
    void aJqlCollectionIsSavedAndBackfilledOrRefusedWithJirasOwnMessage() {
        int mttr = define(FakeJira.PROJECT.id(), "MTTR", MeasurementSource.JQL_DURATION);
        world.search.refuse("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.");

        Api.Reply saved = projectAdmin.put("projects/CSI/automation/definitions/" + mttr, "{\"jql\":\"" + MTTR_JQL
                + "\",\"measure\":\"CREATED_TO_RESOLVED\",\"durationUnit\":\"HOURS\",\"raise\":true,"
                + "\"offTargetPeriods\":3}");
        Api.Reply refused = projectAdmin.put("projects/CSI/automation/definitions/" + mttr,
                "{\"jql\":\"project = NOPE\",\"measure\":\"CREATED_TO_RESOLVED\",\"durationUnit\":\"WEEKS\"}");

        JsonNode errors = Json.of(refused).get("errors");
        assertAll(() -> assertEquals(200, saved.status(), saved.body()),
                () -> assertEquals("{\"jql\":\"" + MTTR_JQL + "\",\"measure\":\"CREATED_TO_RESOLVED\",\"durationUnit\":"
                        + "\"HOURS\",\"backfillPeriods\":" + Backfill.defaultPeriods(PeriodUnit.WEEK) + ",\"raise\":true,"
                + "\"offTargetPeriods\":3,\"chartSignals\":false}",
                        saved.body()),
                () -> assertEquals(List.of(RunScope.project(FakeJira.PROJECT.id())), world.scheduler.runsSoon),
                () -> assertEquals(400, refused.status()),
                () -> assertEquals("durationUnit", errors.get(0).get("field").asText()),
                () -> assertEquals("Choose one of the options offered.", errors.get(0).get("message").asText()),
                () -> assertEquals("Jira cannot run this query: The value 'NOPE' does not exist for the field 'project'.",
                        errors.get(1).get("message").asText()),
                () -> assertEquals(MTTR_JQL, world.automationStore.find(mttr).orElseThrow().automation().collection()
                        .jql(), "the refused change saved nothing"));
    }

    @Test
    void aDefinitionOfAnotherProjectOrNoneIsNotFoundAndKeepsItsAutomation() {
        int ours = define(FakeJira.PROJECT.id(), "FCR", MeasurementSource.MANUAL);
        int theirs = define(FakeJira.OTHER_PROJECT.id(), "OPS-FCR", MeasurementSource.MANUAL);
        assertEquals(200, projectAdmin.put("projects/CSI/automation/definitions/" + ours, "{\"raise\":true}").status());

        assertAll(() -> assertEquals(404, projectAdmin.put("projects/CSI/automation/definitions/" + theirs,
                        "{\"raise\":true}").status()),
                () -> assertEquals(404, projectAdmin.put("projects/CSI/automation/definitions/x1", "{}").status()),
                () -> assertEquals(204, projectAdmin.delete("projects/CSI/automation/definitions/" + theirs).status()),
                () -> assertTrue(world.automationStore.find(ours).isPresent()),
                () -> assertFalse(world.automationStore.find(theirs).isPresent()));

        assertEquals(204, projectAdmin.delete("projects/CSI/automation/definitions/" + ours).status());
        assertFalse(world.automationStore.find(ours).isPresent());
    }

    /** A weekly definition of the project (median: a duration's aggregation), as the repositories take it. */
    private int define(long projectId, String key, MeasurementSource source) {
        MeasurementDefinition measure = new MeasurementDefinition(key, "Time to restore", null, "hours",
                Direction.LOWER_IS_BETTER, 8.0, null, 1, null, Aggregation.MEDIAN, PeriodUnit.WEEK, source, null, null);
        return world.repository(MeasurementDefinitions.class).create(projectId, new Ownership(null, "seed"), measure,
                "seed").id();
    }
}
