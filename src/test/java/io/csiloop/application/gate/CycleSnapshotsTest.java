package io.csiloop.application.gate;

import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.StreamedAggregates;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class CycleSnapshotsTest {

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private final MeasurementDefinitions definitions = mock(MeasurementDefinitions.class);
    private final StreamedAggregates points = new StreamedAggregates();
    private final KpiSnapshots snapshots = mock(KpiSnapshots.class);
    private final ImprovementRegister register = mock(ImprovementRegister.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CycleSnapshots cycleSnapshots = new CycleSnapshots(new KpiReadings(definitions, points, clock,
            new ReportingZone(ZoneOffset.UTC), (measures, moment) -> Map.of()), snapshots, new ImprovementCycles(register), clock);

    @Test
    void snapshotsTheLatestPeriodOfEveryMeasurementInTheCurrentCycle() {
        when(register.find(7L)).thenReturn(Optional.of(new RegisterEntry(7L, 1L, 2, null, null, null, null, Set.of(), null, null)));
        when(definitions.ofImprovement(7L)).thenReturn(List.of(GateReviewsTest.mttr(1)));
        points.add(1, Instant.parse("2026-03-02T10:00:00Z"), 6.0).add(1, Instant.parse("2026-03-10T10:00:00Z"), 5.0)
                .add(1, Instant.parse("2026-03-11T10:00:00Z"), 3.0).add(1, NOW, 99.0);

        cycleSnapshots.take(7L, SnapshotTrigger.TRANSITION);

        KpiSnapshot taken = recorded();
        assertEquals("2026-W11", taken.period().label());
        assertEquals(4.0, taken.value());
        assertEquals(2, taken.sampleCount(), "what is observed from the moment on is not read");
        assertEquals(KpiStatus.ON_TARGET, taken.status());
        assertEquals(0.0, taken.gap());
        assertEquals(-2.0, taken.trendSlope(), 1e-12);
        assertEquals(2, taken.cycle());
        assertEquals(SnapshotTrigger.TRANSITION, taken.trigger());
        assertEquals(NOW, taken.takenAt());
    }

    @Test
    void aMeasurementWithoutDataGetsANoDataSnapshotOfTheCurrentPeriod() {
        when(register.find(7L)).thenReturn(Optional.empty());
        when(definitions.ofImprovement(7L)).thenReturn(List.of(GateReviewsTest.mttr(1)));

        cycleSnapshots.take(7L, SnapshotTrigger.TRANSITION);

        KpiSnapshot taken = recorded();
        assertEquals(KpiStatus.NO_DATA, taken.status());
        assertEquals(null, taken.value());
        assertEquals("2026-W12", taken.period().label());
        assertEquals(1, taken.cycle());
    }

    @Test
    void anImprovementWithoutMeasurementsRecordsNothing() {
        when(definitions.ofImprovement(7L)).thenReturn(List.of());

        assertEquals(List.of(), cycleSnapshots.take(7L, SnapshotTrigger.TRANSITION));
        verifyNoInteractions(snapshots);
    }

    private KpiSnapshot recorded() {
        ArgumentCaptor<List<KpiSnapshot>> captor = ArgumentCaptor.captor();
        verify(snapshots).record(captor.capture());
        assertEquals(1, captor.getValue().size());
        return captor.getValue().get(0);
    }
}
