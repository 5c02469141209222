package io.csiloop.application.automation;

import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.FutureGrace;
import io.csiloop.measure.ReportingZone;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads and changes the automation settings, and keeps the scheduler in step with them. The global settings need
 * a Jira administrator, a project's need "Administer Projects" on it; input is checked completely before anything
 * is saved (a cron expression also by Jira's own parser), and every saved schedule is applied at once.
 */
public final class AutomationSettingsService {

    private final SettingsStore store;
    private final RunScheduler scheduler;
    private final GlobalAccess globalAccess;
    private final Access access;
    private final Users users;
    private final Clock clock;
    private final ZoneId reportingZone;

    public AutomationSettingsService(SettingsStore store, RunScheduler scheduler, GlobalAccess globalAccess,
            Access access, Users users, Clock clock, ReportingZone reportingZone) {
        this.store = store;
        this.scheduler = scheduler;
        this.globalAccess = globalAccess;
        this.access = access;
        this.users = users;
        this.clock = clock;
        this.reportingZone = reportingZone.zone();
    }

    /** The global settings (the defaults until an administrator saves some). */
    public AutomationSettings global() {
        return store.globalOrDefaults(reportingZone);
    }

    /** The project's own settings; needs "Administer Projects". */
    public ProjectSettings project(long projectId) {
        requireProjectAdministrator(projectId);
        return store.project(projectId);
    }

    /** What applies to the project: the global settings with the project's own. */
    public AutomationSettings effective(long projectId) {
        return store.effective(projectId, reportingZone);
    }

    /** When the scope last ran and what it did. */
    public Optional<LastRun> lastRun(RunScope scope) {
        return store.lastRun(scope);
    }

    /**
     * @throws AdministratorRequired unless the current user administers Jira
     * @throws AutomationInvalid with every problem of the input; nothing is saved then
     */
    public AutomationSettings saveGlobal(SettingsInput input) {
        if (!globalAccess.currentUserIsAdministrator()) {
            throw new AdministratorRequired();
        }
        InputChecks checks = new InputChecks();
        RunSchedule schedule = schedule(checks, input, false);
        ZoneId zone = checks.zone("timeZone", input.timeZone(), true);
        Boolean autoRaise = flag(checks, input.autoRaise(), false);
        Integer csvMaxBytes = checks.number("csvMaxBytes", input.csvMaxBytes(), CsvLimits.MIN_BYTES,
                CsvLimits.MAX_BYTES, CsvLimits.DEFAULT_MAX_BYTES);
        Integer csvMaxRows = checks.number("csvMaxRows", input.csvMaxRows(), CsvLimits.MIN_ROWS, CsvLimits.MAX_ROWS,
                CsvLimits.DEFAULT_MAX_ROWS);
        Integer graceHours = checks.number("futureGraceHours", input.futureGraceHours(), FutureGrace.MIN_HOURS,
                FutureGrace.MAX_HOURS, FutureGrace.NONE.hours());
        checks.orRefuse();
        refuseUnschedulable(schedule, zone);
        AutomationSettings settings = new AutomationSettings(schedule, zone, autoRaise,
                new CsvLimits(csvMaxBytes, csvMaxRows), new FutureGrace(graceHours));
        store.saveGlobal(settings, actor(), clock.instant());
        ensureScheduled(); // projects with a schedule of their own may read their cron in the global zone
        return settings;
    }

    /**
     * @throws AccessDenied unless the current user may administer the project
     * @throws AutomationInvalid with every problem of the input; nothing is saved then
     */
    public ProjectSettings saveProject(long projectId, SettingsInput input) {
        requireProjectAdministrator(projectId);
        InputChecks checks = new InputChecks();
        RunSchedule schedule = schedule(checks, input, true);
        ZoneId zone = checks.zone("timeZone", input.timeZone(), false);
        Boolean autoRaise = flag(checks, input.autoRaise(), true);
        checks.orRefuse();
        ProjectSettings settings = new ProjectSettings(projectId, schedule, zone, autoRaise);
        ZoneId effectiveZone = global().with(settings).zone();
        if (schedule != null) {
            refuseUnschedulable(schedule, effectiveZone);
        }
        store.saveProject(settings, actor(), clock.instant());
        if (schedule != null) {
            scheduler.schedule(RunScope.project(projectId), schedule, effectiveZone);
        } else {
            scheduler.unschedule(RunScope.project(projectId));
        }
        return settings;
    }

    /**
     * Runs the scope once, soon, in the background (on one node of the cluster).
     *
     * @throws AdministratorRequired for the global scope, unless the current user administers Jira
     * @throws AccessDenied for a project, unless the current user may administer it
     */
    public void runNow(RunScope scope) {
        if (scope.global() && !globalAccess.currentUserIsAdministrator()) {
            throw new AdministratorRequired();
        }
        if (!scope.global()) {
            requireProjectAdministrator(scope.projectId());
        }
        scheduler.runSoon(scope);
    }

    /**
     * Schedules the global job and every project's own job as the settings say: when the plugin starts, and after
     * the global settings change. Scheduling a job again replaces it, so this is safe to repeat.
     */
    public void ensureScheduled() {
        AutomationSettings global = global();
        scheduler.schedule(RunScope.GLOBAL, global.schedule(), global.zone());
        for (ProjectSettings project : store.projects()) {
            if (project.schedule() != null) {
                AutomationSettings mine = global.with(project);
                scheduler.schedule(RunScope.project(project.projectId()), mine.schedule(), mine.zone());
            }
        }
    }

    private RunSchedule schedule(InputChecks checks, SettingsInput input, boolean mayInherit) {
        if (mayInherit && SettingsInput.INHERIT.equals(input.schedule())) {
            return null;
        }
        RunSchedule.Kind kind = checks.choice("schedule", input.schedule(), RunSchedule.Kind.class, true);
        if (kind == RunSchedule.Kind.INTERVAL) {
            Integer minutes = checks.number("intervalMinutes", input.intervalMinutes(), RunSchedule.INTERVAL_MIN,
                    RunSchedule.INTERVAL_MAX, null);
            return minutes == null ? null : RunSchedule.every(minutes);
        }
        if (kind == RunSchedule.Kind.CRON) {
            if (InputChecks.blank(input.cron())) {
                checks.add("cron", InputChecks.REQUIRED);
                return null;
            }
            RunSchedule cron = RunSchedule.cron(input.cron().strip());
            if (!cron.wellFormed()) {
                checks.add("cron", "csiloop.automation.error.cron", RunSchedule.CRON_MAX);
            }
            return cron;
        }
        return null;
    }

    private static Boolean flag(InputChecks checks, String text, boolean mayInherit) {
        if (mayInherit && SettingsInput.INHERIT.equals(text)) {
            return null;
        }
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        checks.add("autoRaise", InputChecks.CHOICE);
        return null;
    }

    private void refuseUnschedulable(RunSchedule schedule, ZoneId zone) {
        scheduler.refusal(schedule, zone).ifPresent(reason -> {
            InputChecks checks = new InputChecks();
            checks.add(schedule.kind() == RunSchedule.Kind.CRON ? "cron" : "intervalMinutes",
                    "csiloop.automation.error.scheduleRefused", reason);
            checks.orRefuse();
        });
    }

    private void requireProjectAdministrator(long projectId) {
        if (!access.currentUserMay(ProjectAccess.ADMINISTER, projectId)) {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
    }

    private String actor() {
        return users.current().map(UserRef::key).orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }
}
