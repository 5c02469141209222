package io.csiloop.view;

import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The KPI rows of a set of measurements, computed live from their data points (not from the last snapshot), so
 * that a value recorded a moment ago shows at once: the latest period's value and status, and a sparkline of the
 * last {@value #PERIODS} periods, in the reporting zone.
 */
public final class KpiTable {

    static final int PERIODS = 12;

    private final PeriodAggregates aggregates;
    private final Clock clock;
    private final ReportingZone zone;

    public KpiTable(PeriodAggregates aggregates, Clock clock, ReportingZone zone) {
        this.aggregates = aggregates;
        this.clock = clock;
        this.zone = zone;
    }

    public List<KpiRow> rows(List<StoredDefinition> definitions, MessageSource messages) {
        return definitions.stream().map(d -> row(d, messages)).toList();
    }

    private KpiRow row(StoredDefinition stored, MessageSource messages) {
        MeasurementDefinition d = stored.definition();
        Period current = Period.containing(d.period(), clock.instant(), zone.zone());
        List<KpiValue> values = aggregates.of(List.of(stored), current.plus(1 - PERIODS).start(), current.end(), zone.zone())
                .getOrDefault(stored.id(), List.of());
        KpiValue latest = values.isEmpty() ? null : values.get(values.size() - 1);
        KpiStatus status = latest == null ? KpiStatus.NO_DATA : KpiStatus.of(d, latest);
        return new KpiRow(stored.id(), d.key(), d.name(), d.unit(),
                latest == null ? "" : Numbers.withUnit(latest.value(), d.unit()),
                latest == null ? "" : latest.period().label(), Numbers.target(d),
                messages.text(status.messageKey(), List.of()), style(status), Sparkline.points(values),
                values.stream().map(v -> Numbers.plain(v.value())).collect(Collectors.joining(", ")));
    }

    static String style(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> "success";
            case NEAR_TARGET -> "moved";
            case OFF_TARGET -> "error";
            case NO_DATA -> "";
        };
    }

}
