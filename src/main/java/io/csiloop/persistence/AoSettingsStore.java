package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.LastRun;
import io.csiloop.application.automation.ProjectSettings;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.RunScope;
import io.csiloop.application.automation.SettingsStore;
import io.csiloop.application.measure.EntryLimitsStore;
import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.FutureGrace;
import io.csiloop.persistence.entity.AutomationSettingsEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link SettingsStore} over Active Objects: one row per scope, project id 0 for the global settings, which also hold
 * the limits on the data points that enter ({@link EntryLimitsStore}: the CSV import limits and the future grace).
 */
public final class AoSettingsStore implements SettingsStore, EntryLimitsStore {

    /** The longest run summary kept. */
    static final int SUMMARY_MAX = 2_000;

    private final ActiveObjects ao;

    public AoSettingsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<AutomationSettings> global() {
        return row(AutomationSettingsEntity.GLOBAL).filter(row -> row.getScheduleKind() != null)
                .map(row -> new AutomationSettings(schedule(row), ZoneId.of(row.getZoneId()), row.getAutoRaise(),
                        csvLimits(row), futureGrace(row)));
    }

    @Override
    public CsvLimits csvLimits() {
        return row(AutomationSettingsEntity.GLOBAL).map(AoSettingsStore::csvLimits).orElse(CsvLimits.DEFAULTS);
    }

    @Override
    public FutureGrace futureGrace() {
        return row(AutomationSettingsEntity.GLOBAL).map(AoSettingsStore::futureGrace).orElse(FutureGrace.NONE);
    }

    @Override
    public ProjectSettings project(long projectId) {
        return row(projectId).map(AoSettingsStore::toProject).orElseGet(() -> ProjectSettings.inheriting(projectId));
    }

    @Override
    public List<ProjectSettings> projects() {
        return Arrays.stream(ao.find(AutomationSettingsEntity.class,
                Query.select().where("SCOPE_PROJECT_ID <> ?", AutomationSettingsEntity.GLOBAL).order("SCOPE_PROJECT_ID ASC")))
                .map(AoSettingsStore::toProject).toList();
    }

    @Override
    public void saveGlobal(AutomationSettings settings, String actorKey, Instant at) {
        write(AutomationSettingsEntity.GLOBAL, settings.schedule(), settings.zone(), settings.autoRaise(), actorKey, at,
                settings.csvLimits(), settings.futureGrace());
    }

    @Override
    public void saveProject(ProjectSettings settings, String actorKey, Instant at) {
        write(settings.projectId(), settings.schedule(), settings.zone(), settings.autoRaise(), actorKey, at, null,
                null);
    }

    @Override
    public void recordRun(RunScope scope, Instant at, String summary) {
        ao.executeInTransaction(() -> {
            AutomationSettingsEntity row = rowOrNew(scopeId(scope));
            row.setLastRunAtMillis(at.toEpochMilli());
            row.setLastRunSummary(summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary);
            row.save();
            return null;
        });
    }

    @Override
    public Optional<LastRun> lastRun(RunScope scope) {
        return row(scopeId(scope)).filter(row -> row.getLastRunAtMillis() != null)
                .map(row -> new LastRun(Instant.ofEpochMilli(row.getLastRunAtMillis()), row.getLastRunSummary()));
    }

    /** Writes a scope's row; the limits only for the global one (a project's row keeps null). */
    private void write(long scope, RunSchedule schedule, ZoneId zone, Boolean autoRaise, String actorKey, Instant at,
            CsvLimits csvLimits, FutureGrace futureGrace) {
        ao.executeInTransaction(() -> {
            AutomationSettingsEntity row = rowOrNew(scope);
            row.setCsvMaxBytes(csvLimits == null ? null : csvLimits.maxBytes());
            row.setCsvMaxRows(csvLimits == null ? null : csvLimits.maxRows());
            row.setFutureGraceHours(futureGrace == null ? null : futureGrace.hours());
            row.setScheduleKind(schedule == null ? null : schedule.kind().name());
            row.setIntervalMinutes(schedule == null ? null : schedule.intervalMinutes());
            row.setCronExpression(schedule == null ? null : schedule.cron());
            row.setZoneId(zone == null ? null : zone.getId());
            row.setAutoRaise(autoRaise);
            row.setUpdatedBy(actorKey);
            row.setUpdatedAtMillis(at.toEpochMilli());
            row.save();
            return null;
        });
    }

    private AutomationSettingsEntity rowOrNew(long scope) {
        return row(scope).orElseGet(() -> ao.create(AutomationSettingsEntity.class, new DBParam("SCOPE_PROJECT_ID", scope)));
    }

    private Optional<AutomationSettingsEntity> row(long scope) {
        return Arrays.stream(ao.find(AutomationSettingsEntity.class,
                Query.select().where("SCOPE_PROJECT_ID = ?", scope))).findFirst();
    }

    private static long scopeId(RunScope scope) {
        return scope.global() ? AutomationSettingsEntity.GLOBAL : scope.projectId();
    }

    private static ProjectSettings toProject(AutomationSettingsEntity row) {
        return new ProjectSettings(row.getScopeProjectId(), schedule(row),
                row.getZoneId() == null ? null : ZoneId.of(row.getZoneId()), row.getAutoRaise());
    }

    /** The row's limits; a row saved before the limits existed, or a bad stored pair, has the defaults. */
    private static CsvLimits csvLimits(AutomationSettingsEntity row) {
        Integer bytes = row.getCsvMaxBytes();
        Integer rows = row.getCsvMaxRows();
        boolean stored = bytes != null && rows != null && bytes >= CsvLimits.MIN_BYTES && bytes <= CsvLimits.MAX_BYTES
                && rows >= CsvLimits.MIN_ROWS && rows <= CsvLimits.MAX_ROWS;
        return stored ? new CsvLimits(bytes, rows) : CsvLimits.DEFAULTS;
    }

    /** The row's grace; a row saved before the grace existed, or a bad stored value, has none. */
    private static FutureGrace futureGrace(AutomationSettingsEntity row) {
        Integer hours = row.getFutureGraceHours();
        boolean stored = hours != null && hours >= FutureGrace.MIN_HOURS && hours <= FutureGrace.MAX_HOURS;
        return stored ? new FutureGrace(hours) : FutureGrace.NONE;
    }

    private static RunSchedule schedule(AutomationSettingsEntity row) {
        if (row.getScheduleKind() == null) {
            return null;
        }
        return RunSchedule.Kind.valueOf(row.getScheduleKind()) == RunSchedule.Kind.INTERVAL
                ? RunSchedule.every(row.getIntervalMinutes()) : RunSchedule.cron(row.getCronExpression());
    }
}
