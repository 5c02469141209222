package io.csiloop.pack;

import io.csiloop.kpi.ChangeVerdict;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Packs for the tests and the benchmark: KPIs with a year of weekly values that move after week 26. */
public final class PackFixtures {

    public static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");
    public static final ZoneId ZONE = ZoneOffset.UTC;

    private PackFixtures() {
    }

    public static MeasurementDefinition definition(String key, String name) {
        return new MeasurementDefinition(key, name, "", "%", Direction.HIGHER_IS_BETTER, 75.0, null, 5.0, 60.0,
                Aggregation.AVERAGE, PeriodUnit.WEEK, MeasurementSource.MANUAL, "", "");
    }

    /** A KPI with 52 weekly values: about 62 before week 26, about 78 after, with a fixed wobble. */
    public static PackKpi kpi(MeasurementDefinition definition) {
        return kpi(definition, 0);
    }

    /**
     * The same KPI raised by {@code offset}: KPIs of one pack whose charts differ, so that a PDF page holding two
     * of them holds two images rather than one image shared by both.
     */
    static PackKpi kpi(MeasurementDefinition definition, double offset) {
        List<DataPoint> points = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            double value = (week < 26 ? 62 : 78) + ((week * 7) % 5 - 2) + offset;
            points.add(new DataPoint(AT.minusSeconds(86_400L * 7 * (52 - week)), value));
        }
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points, definition, ZONE).forEachRemaining(values::add);
        // the change went live with week 26's value: that week is on neither side
        GoLive goLive = new GoLive("SVC-3", 1, points.get(26).observedAt(), true);
        ProcessChanges changes = new ProcessChanges(List.of(goLive), List.of());
        return new PackKpi(definition, values, changes, ChangeVerdict.ofCycle(definition, values, changes, 1, AT,
                ZONE));
    }

    public static PackContent content(String findings, String decision, int kpiCount) {
        List<PackKpi> kpis = new ArrayList<>();
        for (int i = 1; i <= kpiCount; i++) {
            kpis.add(kpi(definition("KPI-" + i, "First-contact resolution " + i), i - 1));
        }
        return new PackContent("SVC-3", "Raise first-contact resolution", 1, findings, decision, "Service owner",
                "admin", AT, ZONE, kpis);
    }
}
