package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.EntityManagerDatabaseAccessor;
import io.csiloop.jira.host.JiraSqlReads;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.kpi.DayTotals;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.Rebases;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionAudit;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.AutomationConfigEntity;
import io.csiloop.persistence.entity.AutomationSettingsEntity;
import io.csiloop.persistence.entity.CompletedPeriodEntity;
import io.csiloop.persistence.entity.CycleEventEntity;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import io.csiloop.persistence.entity.EvidenceChangeEntity;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.persistence.entity.ImprovementEntity;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import io.csiloop.persistence.entity.PackSnapshotEntity;
import io.csiloop.persistence.entity.PointChangeEntity;
import io.csiloop.persistence.entity.RaisedSignalEntity;
import io.csiloop.persistence.entity.RebaseEntity;
import io.csiloop.process.GateEvidence;
import net.java.ao.RawEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's repositories over one test database, migrated to the current entities, with a fixed clock and
 * the reporting zone Europe/Berlin (it has daylight saving, which is where day bucketing goes wrong).
 */
final class Store {

    @SuppressWarnings("unchecked")
    static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
            MeasurementDefEntity.class, DataPointEntity.class, KpiSnapshotEntity.class,
            DefinitionAuditEntity.class, GateEvidenceEntity.class, ImprovementEntity.class, CycleEventEntity.class,
            PackSnapshotEntity.class, AutomationConfigEntity.class, CompletedPeriodEntity.class,
            RaisedSignalEntity.class, AutomationSettingsEntity.class, PointChangeEntity.class, EvidenceChangeEntity.class,
            RebaseEntity.class, DayTotalEntity.class};
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final long PROJECT = 10_100L;
    static final String ALICE = "alice";
    static final Provenance MANUAL = new Provenance(MeasurementSource.MANUAL, ALICE, 1);

    final ActiveObjects ao;
    final ReportingZone zone = new ReportingZone(ZONE);
    final MeasurementDefinitions definitions;
    final DefinitionAudit audit;
    final DataPoints points;
    final KpiSnapshots snapshots;
    final PeriodAggregates aggregates;
    final DayTotals dayTotals;
    final GateEvidence evidence;
    final ImprovementRegister register;
    final Rebases rebases;

    Store(ActiveObjects ao) {
        this.ao = ao;
        ao.migrate(ENTITIES);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        definitions = new AoMeasurementDefinitions(ao, clock);
        audit = new AoDefinitionAudit(ao);
        points = new AoDataPoints(ao, clock, zone);
        snapshots = new AoKpiSnapshots(ao);
        aggregates = new AoPeriodAggregates(new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), points, zone);
        dayTotals = new AoDayTotals(ao, new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), zone);
        evidence = new AoGateEvidence(ao, clock);
        register = new AoImprovementRegister(ao);
        rebases = new AoRebases(ao);
    }

    /** A valid higher-is-better measure with the given key (DefinitionDraft's defaults otherwise). */
    static MeasurementDefinition measure(String key) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = key;
        return draft.build();
    }

    static MeasurementDefinition measure(String key, Aggregation aggregation, PeriodUnit period) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = key;
        draft.aggregation = aggregation;
        draft.period = period;
        return draft.build();
    }

    StoredDefinition define(long projectId, MeasurementDefinition measure) {
        return definitions.create(projectId, new Ownership(null, ALICE), measure, ALICE);
    }

    StoredDefinition define(String key) {
        return define(PROJECT, measure(key));
    }

    /** A measure of every aggregation and period length, each with the same points. */
    List<StoredDefinition> defineEvery(List<DataPoint> points) {
        List<StoredDefinition> definitions = new ArrayList<>();
        for (Aggregation aggregation : Aggregation.values()) {
            for (PeriodUnit period : PeriodUnit.values()) {
                StoredDefinition d = define(PROJECT, measure(aggregation + "." + period, aggregation, period));
                record(d.id(), points);
                definitions.add(d);
            }
        }
        return definitions;
    }

    /** Records plain points (no note) of the definition, manually by Alice in cycle 1. */
    int record(int definitionId, List<DataPoint> observations) {
        return points.record(definitionId, MANUAL, observations.stream().map(NewDataPoint::of).toList());
    }

    static DataPoint at(String instant, double value) {
        return new DataPoint(Instant.parse(instant), value);
    }
}
