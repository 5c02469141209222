package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.ScorecardLine;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.StoredDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a project's KPI scorecard: each definition of the project with its latest snapshot. The read costs a
 * constant number of SQL statements however many definitions the project has (three up to 1,000 definitions:
 * the definitions, the newest snapshot id of each, those snapshots), never one per definition.
 */
public final class ProjectScorecard {

    private final MeasurementDefinitions definitions;
    private final KpiSnapshots snapshots;

    public ProjectScorecard(MeasurementDefinitions definitions, KpiSnapshots snapshots) {
        this.definitions = definitions;
        this.snapshots = snapshots;
    }

    /** The lines ordered by measurement key. */
    public List<ScorecardLine> read(long projectId) {
        List<StoredDefinition> measures = definitions.ofProject(projectId);
        if (measures.isEmpty()) {
            return List.of();
        }
        Map<Integer, StoredSnapshot> latest = snapshots.latestOf(measures.stream().map(StoredDefinition::id).toList());
        return measures.stream().map(d -> new ScorecardLine(d, Optional.ofNullable(latest.get(d.id())))).toList();
    }
}
