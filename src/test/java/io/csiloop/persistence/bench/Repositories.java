package io.csiloop.persistence.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.kpi.ProjectScorecard;
import io.csiloop.host.ao.EntityManagerDatabaseAccessor;
import io.csiloop.jira.host.JiraSqlReads;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.AoDataPoints;
import io.csiloop.persistence.AoDayTotals;
import io.csiloop.persistence.AoKpiSnapshots;
import io.csiloop.persistence.AoMeasurementDefinitions;
import io.csiloop.persistence.AoPeriodAggregates;
import io.csiloop.persistence.entity.CycleEventEntity;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.persistence.entity.ImprovementEntity;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The store's repositories as the app wires them, over one benchmark database. */
final class Repositories {

    static final Provenance CSV = new Provenance(MeasurementSource.CSV, "bench", 1);

    final ReportingZone zone = new ReportingZone(Workload.ZONE);
    final AoMeasurementDefinitions definitions;
    final AoDataPoints points;
    final AoKpiSnapshots snapshots;
    final AoPeriodAggregates aggregates;
    final AoDayTotals dayTotals;
    final ProjectScorecard scorecard;

    Repositories(ActiveObjects ao) {
        ao.migrate(MeasurementDefEntity.class, DataPointEntity.class, KpiSnapshotEntity.class,
                DefinitionAuditEntity.class, GateEvidenceEntity.class, ImprovementEntity.class, CycleEventEntity.class,
                DayTotalEntity.class);
        Clock clock = Clock.systemUTC();
        definitions = new AoMeasurementDefinitions(ao, clock);
        points = new AoDataPoints(ao, clock, zone);
        snapshots = new AoKpiSnapshots(ao);
        aggregates = new AoPeriodAggregates(new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), points, zone);
        dayTotals = new AoDayTotals(ao, new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), zone);
        scorecard = new ProjectScorecard(definitions, snapshots);
    }

    /** Defines measures 0 … count-1 of Workload in the project. */
    List<StoredDefinition> define(long projectId, int count) {
        List<StoredDefinition> defined = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            defined.add(definitions.create(projectId, new Ownership(null, "bench"), Workload.measure(i), "bench"));
        }
        return defined;
    }

    /** Records the points of one definition through the repository, {@code batch} points a call. */
    void record(int definitionId, List<DataPoint> all, int batch) {
        for (int start = 0; start < all.size(); start += batch) {
            points.record(definitionId, CSV, all.subList(start, Math.min(all.size(), start + batch)).stream()
                    .map(NewDataPoint::of).toList());
        }
    }
}
