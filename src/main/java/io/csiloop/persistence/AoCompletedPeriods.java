package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.automation.CompletedPeriods;
import io.csiloop.kpi.Period;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.persistence.entity.CompletedPeriodEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link CompletedPeriods} over Active Objects, keyed by a unique index the database enforces. */
public final class AoCompletedPeriods implements CompletedPeriods {

    private final ActiveObjects ao;

    public AoCompletedPeriods(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void complete(int definitionId, Period period, int snapshotId, Instant at) {
        ao.create(CompletedPeriodEntity.class,
                new DBParam("DEFINITION_ID", definitionId),
                new DBParam("PERIOD_UNIT", period.unit().name()),
                new DBParam("PERIOD_START_MILLIS", period.start().toEpochMilli()),
                new DBParam("PERIOD_LABEL", period.label()),
                new DBParam("SNAPSHOT_ID", snapshotId),
                new DBParam("COMPLETED_AT_MILLIS", at.toEpochMilli()));
    }

    @Override
    public boolean isComplete(int definitionId, Period period) {
        return ao.count(CompletedPeriodEntity.class, Query.select().where(
                "DEFINITION_ID = ? AND PERIOD_UNIT = ? AND PERIOD_START_MILLIS = ?",
                definitionId, period.unit().name(), period.start().toEpochMilli())) > 0;
    }

    @Override
    public Map<Integer, Set<Instant>> completedSince(Map<Integer, PeriodUnit> units, Instant from) {
        Map<Integer, Set<Instant>> completed = new HashMap<>();
        SqlLists.chunked("DEFINITION_ID", units.keySet(), (in, ids) -> {
            List<Object> params = new ArrayList<>(ids);
            params.add(from.toEpochMilli());
            ao.stream(CompletedPeriodEntity.class,
                    Query.select("ID, DEFINITION_ID, PERIOD_UNIT, PERIOD_START_MILLIS")
                            .where(in + " AND PERIOD_START_MILLIS >= ?", params.toArray()),
                    row -> {
                        if (units.get(row.getDefinitionId()).name().equals(row.getPeriodUnit())) {
                            completed.computeIfAbsent(row.getDefinitionId(), id -> new HashSet<>())
                                    .add(Instant.ofEpochMilli(row.getPeriodStartMillis()));
                        }
                    });
        });
        return completed;
    }
}
