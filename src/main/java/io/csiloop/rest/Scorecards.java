package io.csiloop.rest;

import io.csiloop.application.gate.CycleSnapshots;
import io.csiloop.application.kpi.ProjectScorecard;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.ScorecardLine;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectRef;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KPI scorecards: every measure of a project with its latest snapshot (project page, scorecard gadget), and the
 * measures an Improvement issue owns (its issue panel), each read in a constant number of statements; and a
 * manual KPI snapshot of an Improvement's measures.
 */
public final class Scorecards {

    private final ProjectScorecard scorecard;
    private final MeasurementDefinitions definitions;
    private final KpiSnapshots snapshots;
    private final CycleSnapshots cycleSnapshots;
    private final ProcessNames names;

    public Scorecards(ProjectScorecard scorecard, MeasurementDefinitions definitions, KpiSnapshots snapshots,
            CycleSnapshots cycleSnapshots, ProcessNames names) {
        this.scorecard = scorecard;
        this.definitions = definitions;
        this.snapshots = snapshots;
        this.cycleSnapshots = cycleSnapshots;
        this.names = names;
    }

    /**
     * Takes a KPI snapshot of every measure the Improvement owns now, as step 4's transition does, all or none
     * (the review layer's {@link CycleSnapshots}); a 404 for an issue that is not an Improvement.
     */
    public SnapshotDto.ListDto takeSnapshots(IssueRef issue) {
        if (!names.isImprovement(issue)) {
            throw ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, "improvement", issue.key());
        }
        return new SnapshotDto.ListDto(cycleSnapshots.take(issue.id(), SnapshotTrigger.MANUAL).stream()
                .map(SnapshotDto::of).toList());
    }

    public ScorecardDto ofProject(ProjectRef project) {
        return new ScorecardDto(scorecard.read(project.id()).stream().map(ScorecardDto.LineDto::of).toList());
    }

    public ScorecardDto ofImprovement(IssueRef issue) {
        // Only the improvement's own measures, and only those in the issue's project.
        List<StoredDefinition> owned = definitions.ofImprovement(issue.id()).stream()
                .filter(d -> d.projectId() == issue.projectId()).toList();
        Map<Integer, StoredSnapshot> latest = owned.isEmpty() ? Map.of()
                : snapshots.latestOf(owned.stream().map(StoredDefinition::id).toList());
        return new ScorecardDto(owned.stream().map(d -> ScorecardDto.LineDto.of(
                new ScorecardLine(d, Optional.ofNullable(latest.get(d.id()))))).toList());
    }
}
