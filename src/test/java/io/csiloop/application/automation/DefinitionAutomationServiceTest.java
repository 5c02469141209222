package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.FieldError;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Configuring a definition's automation: checked at the edge, stored, backfilled in the background. */
class DefinitionAutomationServiceTest {

    private static final String JQL = "project = OPS AND type = Incident";
    private static final long OTHER = 20_000L;

    private final Access access = mock(Access.class);
    private final Users users = () -> Optional.of(new UserRef(World.ADMIN, "Admin"));
    private final FakeScheduler scheduler = new FakeScheduler();

    private DefinitionAutomationService service(World world) {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, World.PROJECT)).thenReturn(true);
        return new DefinitionAutomationService(world.automations, world.definitions, world.search, scheduler, access,
                users, world.clock);
    }

    private static StoredDefinition duration(World world) {
        return world.define("MTTR", MeasurementSource.JQL_DURATION, d -> {
            d.aggregation = Aggregation.MEDIAN;
            d.period = PeriodUnit.WEEK;
            return d;
        });
    }

    @AcrossDatabases
    void aJqlCollectionIsStoredAsTheAdministratorAndItsBackfillStartsInTheBackground(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition mttr = duration(world);

        StoredAutomation saved = service(world).configure(World.PROJECT, mttr.id(), new AutomationInput(JQL, "CREATED_TO_RESOLVED",
                "HOURS", "", true, "3", true));

        DefinitionAutomation expected = new DefinitionAutomation(mttr.id(), World.PROJECT,
                new JqlCollection(JQL, CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.HOURS),
                new RaisePolicy(true, 3, true), Backfill.defaultPeriods(PeriodUnit.WEEK), World.ADMIN);
        assertEquals(expected, saved.automation());
        assertEquals(saved, world.automations.find(mttr.id()).orElseThrow());
        assertEquals(List.of(RunScope.project(World.PROJECT)), scheduler.runsSoon);
    }

    @AcrossDatabases
    void everyProblemIsReportedAtOnceAndNothingIsSaved(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition count = world.define("INC", MeasurementSource.JQL_COUNT, d -> {
            d.aggregation = Aggregation.COUNT;
            return d;
        });
        world.search.refuse("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.");

        AutomationInvalid refused = assertThrows(AutomationInvalid.class, () -> service(world).configure(World.PROJECT, count.id(),
                new AutomationInput("project = NOPE", "CREATED_TO_RESOLVED", "", "25", false, "99", false)));

        assertEquals(List.of(
                FieldError.of("measure", "csiloop.automation.error.measureSource"),
                FieldError.of("durationUnit", InputChecks.REQUIRED),
                FieldError.of("jql", "csiloop.automation.error.jql",
                        "The value 'NOPE' does not exist for the field 'project'."),
                FieldError.of("backfillPeriods", InputChecks.RANGE, 1, 24),
                FieldError.of("offTargetPeriods", InputChecks.RANGE, 0, 24)), refused.errors());
        assertFalse(world.automations.find(count.id()).isPresent());
        assertEquals(List.of(), scheduler.runsSoon);
    }

    @AcrossDatabases
    void aCountNeedsAnAggregationThatKeepsItsValue(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition count = world.define("INC", MeasurementSource.JQL_COUNT, d -> {
            d.aggregation = Aggregation.COUNT;
            return d;
        });

        AutomationInvalid refused = assertThrows(AutomationInvalid.class, () -> service(world).configure(World.PROJECT, count.id(),
                new AutomationInput(JQL, "CREATED_COUNT", null, "", false, "", false)));

        assertEquals(List.of(FieldError.of("measure", "csiloop.automation.error.countAggregation")), refused.errors());
    }

    @AcrossDatabases
    void aManualMeasureTakesRaisingButNoQuery(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition manual = world.define("FCR", MeasurementSource.MANUAL, d -> d);
        DefinitionAutomationService service = service(world);

        AutomationInvalid refused = assertThrows(AutomationInvalid.class,
                () -> service.configure(World.PROJECT, manual.id(), new AutomationInput(JQL, "", "", "", true, "2", false)));
        StoredAutomation saved = service.configure(World.PROJECT, manual.id(), new AutomationInput(" ", "", "", "", true, "2", false));

        assertEquals(List.of(FieldError.of("jql", "csiloop.automation.error.notJqlSource")), refused.errors());
        assertEquals(null, saved.automation().collection());
        assertEquals(new RaisePolicy(true, 2, false), saved.automation().raising());
        assertEquals(List.of(), scheduler.runsSoon, "nothing to backfill");
    }

    @AcrossDatabases
    void onlyProjectAdministratorsConfigureOrRemove(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition mttr = duration(world);
        DefinitionAutomationService service = service(world);
        service.configure(World.PROJECT, mttr.id(), new AutomationInput(JQL, "CREATED_TO_RESOLVED", "DAYS", "", false, "", false));
        when(access.currentUserMay(ProjectAccess.ADMINISTER, World.PROJECT)).thenReturn(false);

        assertThrows(AccessDenied.class, () -> service.configure(World.PROJECT, mttr.id(),
                new AutomationInput(JQL, "CREATED_TO_RESOLVED", "HOURS", "", false, "", false)));
        assertThrows(AccessDenied.class, () -> service.remove(World.PROJECT, mttr.id()));
        assertThrows(AccessDenied.class, () -> service.ofProject(World.PROJECT));
        assertTrue(world.automations.find(mttr.id()).isPresent());
    }

    @AcrossDatabases
    void aDefinitionIsConfiguredOrRemovedOnlyThroughItsOwnProject(ActiveObjects ao) {
        World world = new World(ao, List.of(new ProjectRef(World.PROJECT, "OPS", "Operations"),
                new ProjectRef(OTHER, "DEV", "Development")));
        StoredDefinition mttr = duration(world);
        DefinitionAutomationService service = service(world);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, OTHER)).thenReturn(true);
        service.configure(World.PROJECT, mttr.id(), new AutomationInput(JQL, "CREATED_TO_RESOLVED", "DAYS", "", false,
                "", false));

        assertThrows(DefinitionNotFound.class, () -> service.configure(OTHER, mttr.id(),
                new AutomationInput(JQL, "CREATED_TO_RESOLVED", "HOURS", "", false, "", false)));
        assertThrows(DefinitionNotFound.class, () -> service.configure(World.PROJECT, 999_999,
                new AutomationInput(JQL, "CREATED_TO_RESOLVED", "HOURS", "", false, "", false)));
        assertFalse(service.remove(OTHER, mttr.id()));
        assertEquals(DurationUnit.DAYS, world.automations.find(mttr.id()).orElseThrow().automation().collection()
                .durationUnit());
        assertTrue(service.remove(World.PROJECT, mttr.id()));
        assertFalse(world.automations.find(mttr.id()).isPresent());
    }
}
