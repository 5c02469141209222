package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.FieldError;
import io.csiloop.measure.FutureGrace;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The settings stored on every database, checked at the edge, and the scheduler kept in step. */
class AutomationSettingsServiceTest {

    private final GlobalAccess globalAccess = mock(GlobalAccess.class);
    private final Access access = mock(Access.class);
    private final Users users = () -> Optional.of(new UserRef(World.ADMIN, "Admin"));
    private final FakeScheduler scheduler = new FakeScheduler();

    private AutomationSettingsService service(World world) {
        when(globalAccess.currentUserIsAdministrator()).thenReturn(true);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, World.PROJECT)).thenReturn(true);
        return new AutomationSettingsService(world.settings, scheduler, globalAccess, access, users, world.clock,
                world.reportingZone);
    }

    @AcrossDatabases
    void theDefaultsApplyUntilAnAdministratorSavesSettingsWhichAreScheduledAtOnce(ActiveObjects ao) {
        AutomationSettingsService service = service(new World(ao));
        assertEquals(AutomationSettings.defaults(World.ZONE), service.global());

        service.saveGlobal(new SettingsInput("INTERVAL", "60", "", "America/New_York", "true"));

        AutomationSettings saved = new AutomationSettings(RunSchedule.every(60), ZoneId.of("America/New_York"), true);
        assertEquals(saved, service.global());
        assertEquals(new FakeScheduler.Job(RunSchedule.every(60), ZoneId.of("America/New_York")),
                scheduler.jobs.get(RunScope.GLOBAL));
    }

    @AcrossDatabases
    void aProjectInheritsWhatItDoesNotSetAndRunsOnItsOwnScheduleOnlyWhenItHasOne(ActiveObjects ao) {
        AutomationSettingsService service = service(new World(ao));
        service.saveGlobal(new SettingsInput("CRON", "", "0 0 2 * * ?", "UTC", "false"));

        service.saveProject(World.PROJECT, new SettingsInput("CRON", null, " 0 15 3 ? * MON ", "", "INHERIT"));

        assertEquals(new ProjectSettings(World.PROJECT, RunSchedule.cron("0 15 3 ? * MON"), null, null),
                service.project(World.PROJECT));
        assertEquals(new AutomationSettings(RunSchedule.cron("0 15 3 ? * MON"), ZoneId.of("UTC"), false),
                service.effective(World.PROJECT));
        assertEquals(new FakeScheduler.Job(RunSchedule.cron("0 15 3 ? * MON"), ZoneId.of("UTC")),
                scheduler.jobs.get(RunScope.project(World.PROJECT)));

        service.saveProject(World.PROJECT, new SettingsInput("INHERIT", null, null, "Asia/Tokyo", "true"));

        assertEquals(null, scheduler.jobs.get(RunScope.project(World.PROJECT)), "back on the global schedule");
        assertEquals(new AutomationSettings(RunSchedule.cron("0 0 2 * * ?"), ZoneId.of("Asia/Tokyo"), true),
                service.effective(World.PROJECT));
    }

    @AcrossDatabases
    void badInputIsRefusedWithEveryErrorAndNothingIsSaved(ActiveObjects ao) {
        AutomationSettingsService service = service(new World(ao));

        AutomationInvalid refused = assertThrows(AutomationInvalid.class,
                () -> service.saveGlobal(new SettingsInput("INTERVAL", "2", "", "Mars/Olympus", "maybe")));

        assertEquals(List.of(FieldError.of("intervalMinutes", InputChecks.RANGE, 5, 40_320),
                FieldError.of("timeZone", InputChecks.ZONE), FieldError.of("autoRaise", InputChecks.CHOICE)),
                refused.errors());
        assertEquals(AutomationSettings.defaults(World.ZONE), service.global());
        assertEquals(List.of(), List.copyOf(scheduler.jobs.keySet()));
    }

    @AcrossDatabases
    void theFutureGraceIsNoneUntilAnAdministratorSavesWholeHoursUpToAWeek(ActiveObjects ao) {
        World world = new World(ao);
        AutomationSettingsService service = service(world);
        assertEquals(FutureGrace.NONE, world.settings.futureGrace(), "nothing saved yet");
        service.saveGlobal(grace(null));
        assertEquals(FutureGrace.NONE, world.settings.futureGrace(), "saved blank");

        for (String bad : List.of("-1", "169", "a day", "1.5", "2147483648")) {
            AutomationInvalid refused = assertThrows(AutomationInvalid.class, () -> service.saveGlobal(grace(bad)));
            assertEquals(List.of(FieldError.of("futureGraceHours", InputChecks.RANGE, 0, 168)), refused.errors(), bad);
        }
        assertEquals(FutureGrace.NONE, world.settings.futureGrace(), "nothing refused is saved");

        service.saveGlobal(grace(" 168 "));

        assertEquals(new FutureGrace(168), service.global().futureGrace());
        assertEquals(new FutureGrace(168), world.settings.futureGrace());
        assertEquals(new FutureGrace(168), service.effective(World.PROJECT).futureGrace(), "global only");
    }

    private static SettingsInput grace(String hours) {
        return new SettingsInput("INTERVAL", "60", "", "UTC", "false", null, null, hours);
    }

    @AcrossDatabases
    void aCronExpressionIsCheckedForShapeAndThenByJirasScheduler(ActiveObjects ao) {
        AutomationSettingsService service = service(new World(ao));

        AutomationInvalid shape = assertThrows(AutomationInvalid.class,
                () -> service.saveGlobal(new SettingsInput("CRON", "", "every night", "UTC", "true")));
        AutomationInvalid jira = assertThrows(AutomationInvalid.class,
                () -> service.saveGlobal(new SettingsInput("CRON", "", "0 0 2 L-9 * ?", "UTC", "true")));

        assertEquals(List.of(FieldError.of("cron", "csiloop.automation.error.cron", RunSchedule.CRON_MAX)), shape.errors());
        assertEquals(List.of(FieldError.of("cron", "csiloop.automation.error.scheduleRefused", "day offset out of range")),
                jira.errors());
    }

    @AcrossDatabases
    void onlyAdministratorsChangeSettings(ActiveObjects ao) {
        AutomationSettingsService service = service(new World(ao));
        when(globalAccess.currentUserIsAdministrator()).thenReturn(false);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, World.PROJECT)).thenReturn(false);
        SettingsInput valid = new SettingsInput("INTERVAL", "60", "", "UTC", "true");

        assertThrows(AdministratorRequired.class, () -> service.saveGlobal(valid));
        assertThrows(AdministratorRequired.class, () -> service.runNow(RunScope.GLOBAL));
        assertThrows(AccessDenied.class, () -> service.runNow(RunScope.project(World.PROJECT)));
        assertEquals(List.of(), scheduler.runsSoon);
        assertThrows(AccessDenied.class, () -> service.saveProject(World.PROJECT, valid));
        assertThrows(AccessDenied.class, () -> service.project(World.PROJECT));
        assertEquals(AutomationSettings.defaults(World.ZONE), service.global());
    }

    @AcrossDatabases
    void anAdministratorMayRunAScopeNow(ActiveObjects ao) {
        AutomationSettingsService service = service(new World(ao));

        service.runNow(RunScope.GLOBAL);
        service.runNow(RunScope.project(World.PROJECT));

        assertEquals(List.of(RunScope.GLOBAL, RunScope.project(World.PROJECT)), scheduler.runsSoon);
    }

    @AcrossDatabases
    void ensureScheduledSchedulesTheGlobalJobAndEveryProjectWithItsOwn(ActiveObjects ao) {
        World world = new World(ao);
        AutomationSettingsService service = service(world);
        world.settings.saveProject(new ProjectSettings(20_000L, RunSchedule.every(30), null, null), World.ADMIN,
                world.clock.instant());
        world.settings.saveProject(new ProjectSettings(30_000L, null, ZoneId.of("UTC"), null), World.ADMIN,
                world.clock.instant());

        service.ensureScheduled();

        assertEquals(List.of(RunScope.GLOBAL, RunScope.project(20_000L)), List.copyOf(scheduler.jobs.keySet()));
        assertEquals(new FakeScheduler.Job(RunSchedule.every(30), World.ZONE), scheduler.jobs.get(RunScope.project(20_000L)));
    }
}
