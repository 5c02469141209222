package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.automation.AutomationProgress;
import io.csiloop.application.automation.CollectedMeasure;
import io.csiloop.application.automation.DefinitionAutomation;
import io.csiloop.application.automation.DefinitionAutomations;
import io.csiloop.application.automation.DurationUnit;
import io.csiloop.application.automation.JqlCollection;
import io.csiloop.application.automation.RaisePolicy;
import io.csiloop.application.automation.StoredAutomation;
import io.csiloop.persistence.entity.AutomationConfigEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link DefinitionAutomations} over Active Objects, one row per definition (a unique index). */
public final class AoDefinitionAutomations implements DefinitionAutomations {

    private final ActiveObjects ao;

    public AoDefinitionAutomations(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StoredAutomation> find(int definitionId) {
        return row(definitionId).map(AoDefinitionAutomations::toRecord);
    }

    @Override
    public List<StoredAutomation> ofProject(long projectId) {
        return Arrays.stream(ao.find(AutomationConfigEntity.class,
                Query.select().where("PROJECT_ID = ?", projectId).order("DEFINITION_ID ASC")))
                .map(AoDefinitionAutomations::toRecord).toList();
    }

    @Override
    public StoredAutomation save(DefinitionAutomation automation, Instant at) {
        return ao.executeInTransaction(() -> {
            AutomationConfigEntity row = row(automation.definitionId()).orElseGet(() -> ao.create(
                    AutomationConfigEntity.class, new DBParam("DEFINITION_ID", automation.definitionId()),
                    new DBParam("PROJECT_ID", automation.projectId()), new DBParam("RAISE_ENABLED", false),
                    new DBParam("OFF_TARGET_PERIODS", 0), new DBParam("CHART_SIGNALS", false),
                    new DBParam("BACKFILL_PERIODS", 1), new DBParam("ACTOR_KEY", automation.actorKey()),
                    new DBParam("UPDATED_AT_MILLIS", at.toEpochMilli()), new DBParam("PERIODS_DONE", 0),
                    new DBParam("PERIODS_TOTAL", 0)));
            JqlCollection jql = automation.collection();
            row.setProjectId(automation.projectId());
            row.setJql(jql == null ? null : jql.jql());
            row.setCollectedMeasure(jql == null ? null : jql.measure().name());
            row.setDurationUnit(jql == null || jql.durationUnit() == null ? null : jql.durationUnit().name());
            row.setRaiseEnabled(automation.raising().enabled());
            row.setOffTargetPeriods(automation.raising().offTargetPeriods());
            row.setChartSignals(automation.raising().chartSignals());
            row.setBackfillPeriods(automation.backfillPeriods());
            row.setActorKey(automation.actorKey());
            row.setUpdatedAtMillis(at.toEpochMilli());
            write(row, AutomationProgress.NONE);
            row.save();
            return toRecord(row);
        });
    }

    @Override
    public boolean remove(int definitionId) {
        return ao.deleteWithSQL(AutomationConfigEntity.class, "DEFINITION_ID = ?", definitionId) > 0;
    }

    @Override
    public void removeAll(Collection<Integer> definitionIds) {
        SqlLists.chunked("DEFINITION_ID", definitionIds,
                (in, ids) -> ao.deleteWithSQL(AutomationConfigEntity.class, in, ids.toArray()));
    }

    @Override
    public void progress(int definitionId, AutomationProgress progress) {
        row(definitionId).ifPresent(row -> {
            write(row, progress);
            row.save();
        });
    }

    @Override
    public void failed(int definitionId, String error, Instant at) {
        row(definitionId).ifPresent(row -> {
            AutomationProgress failed = new AutomationProgress(row.getPeriodsDone(), row.getPeriodsTotal(), error, at, at);
            write(row, failed);
            row.save();
        });
    }

    private Optional<AutomationConfigEntity> row(int definitionId) {
        return Arrays.stream(ao.find(AutomationConfigEntity.class,
                Query.select().where("DEFINITION_ID = ?", definitionId))).findFirst();
    }

    private static void write(AutomationConfigEntity row, AutomationProgress progress) {
        row.setPeriodsDone(progress.done());
        row.setPeriodsTotal(progress.total());
        row.setLastError(progress.lastError());
        row.setLastErrorAtMillis(millis(progress.lastErrorAt()));
        row.setLastRunAtMillis(millis(progress.lastRunAt()));
    }

    private static StoredAutomation toRecord(AutomationConfigEntity row) {
        JqlCollection jql = row.getJql() == null ? null : new JqlCollection(row.getJql(),
                CollectedMeasure.valueOf(row.getCollectedMeasure()),
                row.getDurationUnit() == null ? null : DurationUnit.valueOf(row.getDurationUnit()));
        DefinitionAutomation automation = new DefinitionAutomation(row.getDefinitionId(), row.getProjectId(), jql,
                new RaisePolicy(row.isRaiseEnabled(), row.getOffTargetPeriods(), row.isChartSignals()),
                row.getBackfillPeriods(), row.getActorKey());
        AutomationProgress progress = new AutomationProgress(row.getPeriodsDone(), row.getPeriodsTotal(),
                row.getLastError(), instant(row.getLastErrorAtMillis()), instant(row.getLastRunAtMillis()));
        return new StoredAutomation(automation, progress, Instant.ofEpochMilli(row.getUpdatedAtMillis()));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
