package io.csiloop.persistence;

import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;

import java.time.Instant;
import java.util.Set;

/** KPI snapshots for tests: a monthly one of 2026 with everything filled in. */
final class Snapshots {

    private Snapshots() {
    }

    static KpiSnapshot monthly(int definitionId, int month, double value) {
        Instant start = Instant.parse(String.format("2026-%02d-01T00:00:00Z", month));
        Instant end = Instant.parse(String.format("2026-%02d-01T00:00:00Z", month + 1));
        return new KpiSnapshot(definitionId, 1, new SnapshotPeriod(PeriodUnit.MONTH, start, end, String.format("2026-%02d", month)),
                value, 31, 80.0, null, KpiStatus.NEAR_TARGET, 80.0 - value, 0.5,
                Set.of(SignalRule.RUN_OF_EIGHT, SignalRule.BEYOND_LIMIT), RuleProfile.WESTERN_ELECTRIC, SnapshotTrigger.SCHEDULE, end.plusSeconds(3_600), 1);
    }
}
