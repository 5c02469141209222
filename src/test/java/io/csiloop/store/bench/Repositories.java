package io.csiloop.store.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.store.AoDataPoints;
import io.csiloop.store.AoKpiSnapshots;
import io.csiloop.store.AoMeasurementDefinitions;
import io.csiloop.store.AoPeriodAggregates;
import io.csiloop.store.NewDataPoint;
import io.csiloop.store.Ownership;
import io.csiloop.store.ProjectScorecard;
import io.csiloop.store.Provenance;
import io.csiloop.store.ReportingZone;
import io.csiloop.store.StoredDefinition;
import io.csiloop.store.entity.DataPointEntity;
import io.csiloop.store.entity.DefinitionAuditEntity;
import io.csiloop.store.entity.GateEvidenceEntity;
import io.csiloop.store.entity.ImprovementEntity;
import io.csiloop.store.entity.KpiSnapshotEntity;
import io.csiloop.store.entity.MeasurementDefEntity;

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
    final ProjectScorecard scorecard;

    Repositories(ActiveObjects ao) {
        ao.migrate(MeasurementDefEntity.class, DataPointEntity.class, KpiSnapshotEntity.class,
                DefinitionAuditEntity.class, GateEvidenceEntity.class, ImprovementEntity.class);
        Clock clock = Clock.systemUTC();
        definitions = new AoMeasurementDefinitions(ao, clock);
        points = new AoDataPoints(ao, clock, zone);
        snapshots = new AoKpiSnapshots(ao);
        aggregates = new AoPeriodAggregates(ao, points, zone);
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
