package io.csiloop.application.automation;

import io.csiloop.kpi.Gap;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.Trend;
import io.csiloop.kpi.XmrChart;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scheduled snapshot of one closed period: its value, status against the target in force, gap, the trend of the
 * last {@value #TREND_PERIODS} values and the control-chart rules that fire at this period on the chart of the last
 * {@value #CHART_VALUES} values. Only values of earlier periods are read, so a snapshot of a past period (a
 * backfill) is what a run at its end would have taken.
 */
public final class PeriodSnapshots {

    /** The values a trend is fitted to, as the transition's snapshots do. */
    public static final int TREND_PERIODS = 12;
    /** The values a control chart is drawn from: enough for stable limits, recent enough to matter. */
    public static final int CHART_VALUES = 24;

    private PeriodSnapshots() {
    }

    /**
     * @param period the closed period
     * @param value its value; null when it had no data
     * @param earlier values of earlier periods in ascending period order (more than needed is fine)
     */
    public static KpiSnapshot of(StoredDefinition stored, Period period, KpiValue value, List<KpiValue> earlier,
            int cycle, Instant takenAt) {
        MeasurementDefinition definition = stored.definition();
        if (value == null) {
            return new KpiSnapshot(stored.id(), stored.version(), SnapshotPeriod.of(period), null, 0,
                    definition.target(), definition.band(), KpiStatus.NO_DATA, null, null, Set.of(),
                    SnapshotTrigger.SCHEDULE, takenAt, cycle);
        }
        List<KpiValue> values = new ArrayList<>(last(earlier, CHART_VALUES - 1));
        values.add(value);
        Double slope = Trend.of(values, TREND_PERIODS, definition).map(Trend::slopePerPeriod).orElse(null);
        return new KpiSnapshot(stored.id(), stored.version(), SnapshotPeriod.of(period), value.value(),
                value.sampleCount(), definition.target(), definition.band(), KpiStatus.of(definition, value),
                Gap.of(definition, value.value()).absolute(), slope, firingAtLast(values), SnapshotTrigger.SCHEDULE,
                takenAt, cycle);
    }

    /** The rules whose signals include the last of the values, on their chart. */
    static Set<SignalRule> firingAtLast(List<KpiValue> values) {
        int last = values.size() - 1;
        return XmrChart.of(values).map(chart -> chart.signals().stream()
                .filter(signal -> signal.points().contains(last)).map(Signal::rule)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** At most the last {@code n} elements. */
    static <T> List<T> last(List<T> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }
}
