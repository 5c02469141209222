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
 * Reads KPI scorecards: each definition of a project, or of an Improvement, with its latest snapshot (project page,
 * scorecard gadget, the Improvement's issue panel), and one definition's snapshot history. A scorecard costs a
 * constant number of SQL statements however many definitions it has (three up to 1,000 definitions: the
 * definitions, the newest snapshot id of each, those snapshots), never one per definition.
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
        return lines(definitions.ofProject(projectId));
    }

    /** The lines of the measures the Improvement owns, and only those in its project. */
    public List<ScorecardLine> ofImprovement(long issueId, long projectId) {
        return lines(definitions.ofImprovement(issueId).stream().filter(d -> d.projectId() == projectId).toList());
    }

    /** The definition's snapshots in the order they were recorded. */
    public List<StoredSnapshot> history(int definitionId) {
        return snapshots.history(definitionId);
    }

    private List<ScorecardLine> lines(List<StoredDefinition> measures) {
        if (measures.isEmpty()) {
            return List.of();
        }
        Map<Integer, StoredSnapshot> latest = snapshots.latestOf(measures.stream().map(StoredDefinition::id).toList());
        return measures.stream().map(d -> new ScorecardLine(d, Optional.ofNullable(latest.get(d.id())))).toList();
    }
}
