package io.csiloop.rest;

import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;

import java.util.List;

/**
 * A stored KPI snapshot: the KPI of one period as computed at one moment, with what was in force then. Its
 * {@code ruleProfile} names the rules its {@code signals} were read with; null for a snapshot stored before
 * snapshots recorded it.
 */
public record SnapshotDto(int id, int definitionVersion, PeriodUnit periodUnit, String periodLabel,
        String periodStart, String periodEnd, Double value, int sampleCount, Double target,
        DefinitionInputDto.BandDto band, KpiStatus status, Double gap, Double trendSlope, List<SignalRule> signals,
        RuleProfile ruleProfile, SnapshotTrigger trigger, String takenAt, int cycle) implements JsonBody {

    static SnapshotDto of(StoredSnapshot stored) {
        KpiSnapshot s = stored.snapshot();
        return new SnapshotDto(stored.id(), s.definitionVersion(), s.period().unit(), s.period().label(),
                s.period().start().toString(), s.period().end().toString(), s.value(), s.sampleCount(), s.target(),
                s.band() == null ? null : new DefinitionInputDto.BandDto(s.band().low(), s.band().high()),
                s.status(), s.gap(), s.trendSlope(), s.signals().stream().sorted().toList(), s.ruleProfile(),
                s.trigger(), s.takenAt().toString(), s.cycle());
    }

    /** A definition's snapshots, oldest first. */
    public record ListDto(List<SnapshotDto> snapshots) implements JsonBody {
    }
}
