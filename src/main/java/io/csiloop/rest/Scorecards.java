package io.csiloop.rest;

import io.csiloop.application.gate.CycleSnapshots;
import io.csiloop.application.kpi.ProjectScorecard;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectRef;
import jakarta.ws.rs.core.Response.Status;

/**
 * KPI scorecards as the API shows them: the application's {@link ProjectScorecard} (a project's measures, or an
 * Improvement's, each with its latest snapshot) and manual snapshots ({@link CycleSnapshots}) mapped to their DTOs,
 * for the scorecard and issue resources.
 */
public final class Scorecards {

    private final ProjectScorecard scorecard;
    private final CycleSnapshots cycleSnapshots;
    private final ProcessNames names;

    public Scorecards(ProjectScorecard scorecard, CycleSnapshots cycleSnapshots, ProcessNames names) {
        this.scorecard = scorecard;
        this.cycleSnapshots = cycleSnapshots;
        this.names = names;
    }

    /**
     * Takes a KPI snapshot of every measure the Improvement owns now, as step 4's transition does, all or none; a
     * 404 for an issue that is not an Improvement (it has no such resource).
     */
    public SnapshotDto.ListDto takeSnapshots(IssueRef issue) {
        if (!names.isImprovement(issue)) {
            throw ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, "improvement", issue.key());
        }
        return new SnapshotDto.ListDto(cycleSnapshots.take(issue.id(), SnapshotTrigger.MANUAL).stream()
                .map(SnapshotDto::of).toList());
    }

    public ScorecardDto ofProject(ProjectRef project) {
        return ScorecardDto.of(scorecard.read(project.id()));
    }

    public ScorecardDto ofImprovement(IssueRef issue) {
        return ScorecardDto.of(scorecard.ofImprovement(issue.id(), issue.projectId()));
    }
}
