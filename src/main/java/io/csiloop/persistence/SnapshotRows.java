package io.csiloop.persistence;

import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import io.csiloop.persistence.entity.KpiSnapshotEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps KPI snapshots between their table row and their domain records. */
final class SnapshotRows {

    private SnapshotRows() {
    }

    static Map<String, Object> newRow(KpiSnapshot s) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEFINITION_ID", s.definitionId());
        row.put("DEFINITION_VERSION", s.definitionVersion());
        row.put("PERIOD_UNIT", s.period().unit().name());
        row.put("PERIOD_START_MILLIS", s.period().start().toEpochMilli());
        row.put("PERIOD_END_MILLIS", s.period().end().toEpochMilli());
        row.put("PERIOD_LABEL", s.period().label());
        DefinitionRows.putIfPresent(row, "KPI_VALUE", s.value());
        row.put("SAMPLE_COUNT", s.sampleCount());
        DefinitionRows.putTarget(row, s.target(), s.band());
        row.put("STATUS", s.status().name());
        DefinitionRows.putIfPresent(row, "GAP", s.gap());
        DefinitionRows.putIfPresent(row, "TREND_SLOPE", s.trendSlope());
        DefinitionRows.putIfPresent(row, "CHART_SIGNALS", signalsText(s.signals()));
        DefinitionRows.putIfPresent(row, "RULE_PROFILE", s.ruleProfile() == null ? null : s.ruleProfile().name());
        row.put("TRIGGERED_BY", s.trigger().name());
        row.put("TAKEN_AT_MILLIS", s.takenAt().toEpochMilli());
        row.put("IMPROVEMENT_CYCLE", s.cycle());
        return row;
    }

    /**
     * The snapshot of a row of the given definition. The caller names the definition because reading it from
     * the row ({@code getDefinition().getID()}) makes Active Objects load the definition: a query per row.
     */
    static StoredSnapshot toRecord(int definitionId, KpiSnapshotEntity e) {
        SnapshotPeriod period = new SnapshotPeriod(PeriodUnit.valueOf(e.getPeriodUnit()),
                Instant.ofEpochMilli(e.getPeriodStartMillis()), Instant.ofEpochMilli(e.getPeriodEndMillis()),
                e.getPeriodLabel());
        KpiSnapshot snapshot = new KpiSnapshot(definitionId, e.getDefinitionVersion(), period,
                e.getKpiValue(), e.getSampleCount(), e.getTarget(), DefinitionRows.band(e), KpiStatus.valueOf(e.getStatus()),
                e.getGap(), e.getTrendSlope(), signals(e.getChartSignals()),
                e.getRuleProfile() == null ? null : RuleProfile.valueOf(e.getRuleProfile()),
                SnapshotTrigger.valueOf(e.getTriggeredBy()),
                Instant.ofEpochMilli(e.getTakenAtMillis()), e.getImprovementCycle());
        return new StoredSnapshot(e.getID(), snapshot);
    }

    /** The rules in declaration order, comma-separated; null for none. */
    private static String signalsText(Set<SignalRule> signals) {
        return signals.isEmpty() ? null : EnumSet.copyOf(signals).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<SignalRule> signals(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split(",")).map(SignalRule::valueOf).collect(Collectors.toSet());
    }
}
