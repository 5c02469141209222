package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A snapshot names the rule profile its signals were read with, so that history says which rules fired. */
class KpiSnapshotTest {

    private static final Period JANUARY_2024 = new Period(PeriodUnit.MONTH, LocalDate.parse("2024-01-01"),
            ZoneId.of("Europe/Berlin"));

    @Test
    void keepsTheProfileItsSignalsWereReadWith() {
        StoredDefinition westernElectric = stored(RuleProfile.WESTERN_ELECTRIC);
        // 12 months around 50, then 8 above the centre line: Western Electric's run of eight at the latest.
        KpiReading reading = KpiReading.of(westernElectric.definition(),
                months(50, 52, 48, 51, 49, 50, 53, 47, 50, 51, 49, 50, 55, 56, 55, 54, 56, 55, 54, 56));

        KpiSnapshot snapshot = KpiSnapshot.of(westernElectric, reading, SnapshotTrigger.SCHEDULE, Instant.EPOCH, 1);

        assertAll(() -> assertTrue(snapshot.signals().contains(SignalRule.RUN_OF_EIGHT), snapshot.signals()::toString),
                () -> assertEquals(RuleProfile.WESTERN_ELECTRIC, snapshot.ruleProfile()));
    }

    @Test
    void namesTheMeasuresProfileWhenThereIsNoChartOrNoData() {
        StoredDefinition kpiSignals = stored(RuleProfile.KPI_SIGNALS);
        KpiReading oneValue = KpiReading.of(kpiSignals.definition(), months(50)); // too few values for a chart

        KpiSnapshot withoutChart = KpiSnapshot.of(kpiSignals, oneValue, SnapshotTrigger.MANUAL, Instant.EPOCH, 1);
        KpiSnapshot noData = KpiSnapshot.noData(kpiSignals, JANUARY_2024, SnapshotTrigger.SCHEDULE, Instant.EPOCH, 1);

        assertAll(() -> assertTrue(oneValue.chart().isEmpty()),
                () -> assertEquals(RuleProfile.KPI_SIGNALS, withoutChart.ruleProfile()),
                () -> assertEquals(RuleProfile.KPI_SIGNALS, noData.ruleProfile()));
    }

    private static StoredDefinition stored(RuleProfile profile) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.ruleProfile = profile;
        MeasurementDefinition definition = draft.build();
        return new StoredDefinition(3, 1L, new Ownership(null, "admin"), definition, 1, Instant.EPOCH, Instant.EPOCH);
    }

    /** Consecutive monthly values from January 2024. */
    private static List<KpiValue> months(double... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new KpiValue(JANUARY_2024.plus(i), values[i], 1))
                .toList();
    }
}
