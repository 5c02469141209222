package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A project's automation read in one piece for its page: every measurement, the settings and the last run. */
class ProjectAutomationsTest {

    private final Access access = mock(Access.class);
    private final Users users = () -> Optional.of(new UserRef(World.ADMIN, "Admin"));
    private final FakeScheduler scheduler = new FakeScheduler();

    private ProjectAutomations automations(World world) {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, World.PROJECT)).thenReturn(true);
        AutomationSettingsService settings = new AutomationSettingsService(world.settings, scheduler,
                mock(GlobalAccess.class), access, users, world.clock, world.reportingZone);
        DefinitionAutomationService configured = new DefinitionAutomationService(world.automations, world.definitions,
                world.search, scheduler, access, users, world.clock);
        OverdueMeasurements overdue = new OverdueMeasurements(world.definitions, world.aggregates, world.settings,
                world.clock, world.reportingZone);
        return new ProjectAutomations(settings, configured, overdue, world.definitions);
    }

    @AcrossDatabases
    void everyMeasurementComesWithItsAutomationOrTheValueItLacks(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition handFed = world.define("FCR", MeasurementSource.MANUAL, d -> d);
        StoredDefinition counted = world.define("INC", MeasurementSource.JQL_COUNT, d -> d);
        world.collect(counted, "project = OPS", CollectedMeasure.CREATED_COUNT, null, RaisePolicy.NEVER, 3);

        ProjectAutomation automation = automations(world).of(World.PROJECT);

        assertEquals(List.of(handFed.id(), counted.id()),
                automation.measurements().stream().map(m -> m.definition().id()).toList());
        assertNull(automation.measurements().get(0).automation());
        assertEquals("2026-10", automation.measurements().get(0).overdue().period().label());
        assertEquals("project = OPS", automation.measurements().get(1).automation().automation().collection().jql());
        assertNull(automation.measurements().get(1).overdue(), "the job collects a JQL measure");
        assertEquals(ProjectSettings.inheriting(World.PROJECT), automation.own());
        assertEquals(AutomationSettings.defaults(World.ZONE), automation.effective());
    }

    @AcrossDatabases
    void theLastRunIsTheProjectsOwnOrTheGlobalJobsWhileItFollowsTheGlobalSchedule(ActiveObjects ao) {
        World world = new World(ao);
        world.settings.recordRun(RunScope.project(World.PROJECT), Instant.parse("2026-11-15T08:00:00Z"), "asked for");
        world.settings.recordRun(RunScope.GLOBAL, Instant.parse("2026-11-16T00:30:00Z"), "nightly");

        LastRun following = automations(world).of(World.PROJECT).lastRun().orElseThrow();
        world.settings.saveProject(new ProjectSettings(World.PROJECT, RunSchedule.every(60), null, null), World.ADMIN,
                world.clock.instant());
        LastRun own = automations(world).of(World.PROJECT).lastRun().orElseThrow();

        assertEquals("nightly", following.summary());
        assertEquals("asked for", own.summary());
    }

    @AcrossDatabases
    void onlyTheProjectsAdministratorsReadIt(ActiveObjects ao) {
        World world = new World(ao);
        ProjectAutomations automations = automations(world);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, World.PROJECT)).thenReturn(false);

        assertThrows(AccessDenied.class, () -> automations.of(World.PROJECT));
    }
}
