package io.csiloop.view;

import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A KPI row says what the latest period says, against the definition's target, with its recent values. */
class KpiTableTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final MeasurementDefinition MTTR = new MeasurementDefinition("MTTR", "Time to resolve", null, "hours",
            Direction.LOWER_IS_BETTER, 8.0, null, 1.0, null, Aggregation.AVERAGE, PeriodUnit.MONTH,
            MeasurementSource.MANUAL, null, null);
    private static final StoredDefinition STORED = new StoredDefinition(7, 1L, new Ownership(null, "admin"), MTTR, 1, NOW, NOW);

    @Test
    void shouldRateTheLatestPeriodAgainstTheTargetAndDrawTheRecentOnes() {
        KpiRow row = table(List.of(value("2026-10-01", 12), value("2026-11-01", 8.5))).rows(List.of(STORED), Texts.ENGLISH).get(0);

        assertEquals("8.5 hours", row.latest());
        assertEquals("2026-11", row.period());
        assertEquals("≤ 8 hours", row.target());
        assertEquals("Near target", row.statusLabel());
        assertEquals("moved", row.statusStyle());
        assertEquals("0.0,2.0 100.0,22.0", row.sparkline(), "the higher value higher up (SVG y grows downwards)");
        assertEquals("12, 8.5", row.sparklineLabel());
    }

    @Test
    void shouldSayNoDataAndDrawNothingWithoutValues() {
        KpiRow row = table(List.of()).rows(List.of(STORED), Texts.ENGLISH).get(0);

        assertEquals("", row.latest());
        assertEquals("No data", row.statusLabel());
        assertEquals("", row.statusStyle());
        assertEquals("", row.sparkline());
    }

    @Test
    void shouldAskForTheLastTwelvePeriodsUpToTheCurrentOne() {
        Instant[] asked = new Instant[2];
        PeriodAggregates aggregates = (definitions, from, to, zone) -> {
            asked[0] = from;
            asked[1] = to;
            return Map.of();
        };
        new KpiTable(aggregates, Clock.fixed(NOW, ZoneOffset.UTC), new ReportingZone(ZONE)).rows(List.of(STORED), Texts.ENGLISH);

        assertEquals(LocalDate.parse("2025-12-01").atStartOfDay(ZONE).toInstant(), asked[0]);
        assertEquals(LocalDate.parse("2026-12-01").atStartOfDay(ZONE).toInstant(), asked[1]);
    }

    private static KpiTable table(List<KpiValue> values) {
        return new KpiTable((definitions, from, to, zone) -> Map.of(STORED.id(), values), Clock.fixed(NOW, ZoneOffset.UTC),
                new ReportingZone(ZONE));
    }

    private static KpiValue value(String month, double v) {
        return new KpiValue(new Period(PeriodUnit.MONTH, LocalDate.parse(month), ZONE), v, 3);
    }
}
