package io.csiloop.rest;

import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.store.KpiSnapshots;
import io.csiloop.store.MeasurementDefinitions;
import io.csiloop.store.ProjectScorecard;
import io.csiloop.store.ScorecardLine;
import io.csiloop.store.StoredDefinition;
import io.csiloop.store.StoredSnapshot;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scorecards: every measure of a project with its latest KPI snapshot (project page, scorecard gadget), and
 * the measures an Improvement issue owns (its issue panel).
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("")
public final class ScorecardResource {

    private final Scopes scopes;
    private final ProjectScorecard scorecard;
    private final MeasurementDefinitions definitions;
    private final KpiSnapshots snapshots;

    public ScorecardResource(Scopes scopes, ProjectScorecard scorecard, MeasurementDefinitions definitions,
            KpiSnapshots snapshots) {
        this.scopes = scopes;
        this.scorecard = scorecard;
        this.definitions = definitions;
        this.snapshots = snapshots;
    }

    @GET
    @Path("projects/{projectIdOrKey}/scorecard")
    @Requires(ProjectAccess.BROWSE)
    public ScorecardDto project(@PathParam(Scopes.PROJECT) String project) {
        return new ScorecardDto(scorecard.read(scopes.project(project).id()).stream().map(ScorecardDto.LineDto::of)
                .toList());
    }

    @GET
    @Path("issues/{issueIdOrKey}/scorecard")
    @Requires(ProjectAccess.BROWSE)
    public ScorecardDto improvement(@PathParam(Scopes.ISSUE) String issue) {
        IssueRef ref = scopes.issue(issue);
        // Only the improvement's own measures, and only those still in the issue's project.
        List<StoredDefinition> owned = definitions.ofImprovement(ref.id()).stream()
                .filter(d -> d.projectId() == ref.projectId()).toList();
        Map<Integer, StoredSnapshot> latest = owned.isEmpty() ? Map.of()
                : snapshots.latestOf(owned.stream().map(StoredDefinition::id).toList());
        return new ScorecardDto(owned.stream().map(d -> ScorecardDto.LineDto.of(
                new ScorecardLine(d, Optional.ofNullable(latest.get(d.id()))))).toList());
    }
}
