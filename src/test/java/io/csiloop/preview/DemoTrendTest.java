package io.csiloop.preview;

import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.kpi.Forecast;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.Trend;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.view.KpiRow;
import io.csiloop.view.KpiTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's MTTR-P2 (SVC-2) is a stable process: daily P2 resolution times drifting down by 0.006 hours a day
 * under noise of 1.6 hours, about 10.9 hours a week. Its least-squares line over the last 12 weeks points at the
 * 8-hour target, and the panel used to promise "At this rate the target is reached in 2027-W18"; the slope is not
 * significant and no seven weeks rise or fall in a row, so the reading now says it is stable around its mean.
 */
class DemoTrendTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static DemoApp demo;

    @BeforeAll
    static void seed() throws Exception {
        demo = DemoApp.seeded(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void mttrP2IsStableAroundItsMeanWithoutAForecastDate() {
        KpiReading reading = demo.get(KpiReadings.class).ofImprovement(10_002L).get(0).reading();
        Trend trend = reading.trend().orElseThrow();
        KpiRow row = new KpiTable(demo.get(KpiReadings.class)).ofImprovement(10_002L, PreviewI18n.standard()).get(0);
        assertAll(
                () -> assertEquals("MTTR-P2", row.key()),
                () -> assertTrue(trend.slopePerPeriod() < 0, "the line points at the target"),
                () -> assertTrue(trend.slopePValue().getAsDouble() >= Trend.ALPHA, "p = " + trend.slopePValue()),
                () -> assertFalse(trend.realTrend()),
                () -> assertEquals(Forecast.Outcome.STABLE_AROUND, trend.forecast().outcome()),
                () -> assertTrue(trend.forecast().period().isEmpty(), "no date"),
                () -> assertTrue(row.forecast().matches("Stable around 1[01](\\.\\d+)? hours: no real trend; at this "
                        + "level the target is not met\\."), row.forecast()));
    }
}
