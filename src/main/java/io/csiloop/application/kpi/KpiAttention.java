package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.TrendDirection;
import io.csiloop.measure.MeasurementDefinitions;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * "Which KPIs are off target or getting worse?": every measure of a project read now, in one reading for all of them
 * ({@link KpiReadings#at}), those that most need attention first: off target before near target before on target
 * before no data; within a status, worsening before steady before improving; then by measurement key.
 */
public final class KpiAttention {

    private final MeasurementDefinitions definitions;
    private final KpiReadings readings;
    private final Clock clock;

    public KpiAttention(MeasurementDefinitions definitions, KpiReadings readings, Clock clock) {
        this.definitions = definitions;
        this.readings = readings;
        this.clock = clock;
    }

    /** The project's measures, most in need of attention first. */
    public List<MeasureReading> ofProject(long projectId) {
        return readings.at(definitions.ofProject(projectId), clock.instant(), readings.zone()).stream()
                .sorted(Comparator.comparingInt((MeasureReading m) -> statusRank(m.reading().status()))
                        .thenComparingInt(m -> trendRank(m.reading()))
                        .thenComparing(m -> m.definition().definition().key()))
                .toList();
    }

    private static int statusRank(KpiStatus status) {
        return switch (status) {
            case OFF_TARGET -> 0;
            case NEAR_TARGET -> 1;
            case ON_TARGET -> 2;
            case NO_DATA -> 3;
        };
    }

    private static int trendRank(KpiReading reading) {
        return TrendDirection.of(reading).map(d -> switch (d) {
            case WORSENING -> 0;
            case STEADY -> 1;
            case IMPROVING -> 2;
        }).orElse(1);
    }
}
