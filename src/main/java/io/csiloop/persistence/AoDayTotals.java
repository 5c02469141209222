package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kpi.DayTotals;
import io.csiloop.kpi.Period;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import io.csiloop.port.SqlReads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link DayTotals} in {@code AO_E7FE69_DAY_TOTAL}. Rolling a definition forward, in one transaction: lock its row
 * (an UPDATE of when its totals were rolled), read its mark afresh, total its points from the mark to the bound in
 * one GROUP BY by day (on a connection of its own: committed points only; the lock keeps writers of the definition
 * waiting, {@link DayTotalsMark}), replace the totals from the mark on and raise the mark to the bound. A definition
 * whose points are not all dated yet (model version 2's backfill) is left alone.
 */
public final class AoDayTotals implements DayTotals {

    /** Days before today's that are still left to the points: yesterday still receives late points as a rule. */
    static final int SETTLING_DAYS = 1;

    private final ActiveObjects ao;
    private final DataPointSql sql;
    private final ReportingZone zone;

    public AoDayTotals(ActiveObjects ao, SqlReads database, ReportingZone zone) {
        this.ao = ao;
        this.sql = new DataPointSql(database);
        this.zone = zone;
    }

    @Override
    public int rollForward(Collection<StoredDefinition> definitions, Instant now) {
        int bound = zone.dayOf(now) - SETTLING_DAYS;
        List<Integer> ids = definitions.stream().map(StoredDefinition::id).distinct().toList();
        Map<Integer, Integer> marks = sql.marks(ids);
        int rolled = 0;
        for (int id : ids) {
            Integer mark = marks.get(id);
            if ((mark == null || mark < bound) && ao.executeInTransaction(() -> roll(id, bound, now.toEpochMilli()))) {
                rolled++;
            }
        }
        return rolled;
    }

    private boolean roll(int definitionId, int bound, long now) {
        Optional<MeasurementDefEntity> fresh = DayTotalsMark.lockAndRead(ao, definitionId,
                lock -> lock.setDayTotalsRolledAtMillis(now));
        if (fresh.isEmpty()) {
            return false;
        }
        Integer mark = fresh.get().getDayTotalsBefore();
        long from = mark == null ? Long.MIN_VALUE : startOf(mark);
        List<Map<String, Object>> days = new ArrayList<>();
        boolean[] undated = {false};
        sql.readRanges(List.of(new DataPointSql.Range(definitionId, from, startOf(bound))), List.of(),
                (id, day, count, sum, min, max) -> {
                    if (day == null) {
                        undated[0] = true;
                    } else {
                        LocalDate date = LocalDate.ofEpochDay(day);
                        days.add(Map.of("DEFINITION_ID", definitionId, "OBSERVED_DAY", day,
                                "WEEK_DAY", firstDay(PeriodUnit.WEEK, date), "MONTH_DAY", firstDay(PeriodUnit.MONTH, date),
                                "QUARTER_DAY", firstDay(PeriodUnit.QUARTER, date), "POINT_COUNT", count,
                                "VALUE_SUM", sum, "VALUE_MIN", min, "VALUE_MAX", max));
                    }
                });
        if (undated[0]) {
            return false;
        }
        if (mark == null) {
            ao.deleteWithSQL(DayTotalEntity.class, "DEFINITION_ID = ?", definitionId);
        } else {
            ao.deleteWithSQL(DayTotalEntity.class, "DEFINITION_ID = ? AND OBSERVED_DAY >= ?", definitionId, mark);
        }
        BatchInsert<DayTotalEntity, Integer> batch = new BatchInsert<>(ao, DayTotalEntity.class, AoDataPoints.CHUNK);
        days.forEach(batch::add);
        batch.flush();
        fresh.get().setDayTotalsBefore(bound);
        fresh.get().save();
        return true;
    }

    /** The epoch day the period of the unit that holds the date starts on. */
    private int firstDay(PeriodUnit unit, LocalDate date) {
        return Math.toIntExact(new Period(unit, date, zone.zone()).firstDay().toEpochDay());
    }

    private long startOf(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone.zone()).toInstant().toEpochMilli();
    }
}
