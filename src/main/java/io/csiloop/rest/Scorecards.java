package io.csiloop.rest;

import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectRef;
import io.csiloop.store.KpiSnapshots;
import io.csiloop.store.MeasurementDefinitions;
import io.csiloop.store.ProjectScorecard;
import io.csiloop.store.ScorecardLine;
import io.csiloop.store.StoredDefinition;
import io.csiloop.store.StoredSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KPI scorecards: every measure of a project with its latest snapshot (project page, scorecard gadget), and the
 * measures an Improvement issue owns (its issue panel), each read in a constant number of statements.
 */
public final class Scorecards {

    private final ProjectScorecard scorecard;
    private final MeasurementDefinitions definitions;
    private final KpiSnapshots snapshots;

    public Scorecards(ProjectScorecard scorecard, MeasurementDefinitions definitions, KpiSnapshots snapshots) {
        this.scorecard = scorecard;
        this.definitions = definitions;
        this.snapshots = snapshots;
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
