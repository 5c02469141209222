package io.csiloop.rest;

import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.port.ProjectAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The KPI of a measurement definition: its analysis over a range (periods, status, gap, trend, control chart
 * and signals), the before/after comparison around a change, and its stored snapshots. Reading only. (Under
 * {@code …/kpi}, not beside the definition itself: JAX-RS picks one root resource class per path and does not
 * fall back to another, so two classes must not share a path prefix that one of them ends at.)
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/kpi")
@Produces(MediaType.APPLICATION_JSON)
public final class KpiResource {

    private final Scopes scopes;
    private final PathDefinitions definitions;
    private final KpiAnalysis analysis;
    private final KpiSnapshots snapshots;

    public KpiResource(Scopes scopes, PathDefinitions definitions, KpiAnalysis analysis, KpiSnapshots snapshots) {
        this.scopes = scopes;
        this.definitions = definitions;
        this.analysis = analysis;
        this.snapshots = snapshots;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public KpiDto kpi(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("zone") String zone,
            @QueryParam("trendPeriods") String trendPeriods) {
        return analysis.analyse(definitions.inProject(scopes.project(project), id), from, to, zone, trendPeriods);
    }

    @GET
    @Path("before-after")
    @Requires(ProjectAccess.BROWSE)
    public KpiDto.BeforeAfterDto beforeAfter(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, @QueryParam("changeAt") String changeAt,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("zone") String zone,
            @QueryParam("alpha") String alpha) {
        return analysis.beforeAfter(definitions.inProject(scopes.project(project), id), changeAt, from, to, zone,
                alpha);
    }

    @GET
    @Path("snapshots")
    @Requires(ProjectAccess.BROWSE)
    public SnapshotDto.ListDto snapshots(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id) {
        return new SnapshotDto.ListDto(snapshots.history(definitions.inProject(scopes.project(project), id).id())
                .stream().map(SnapshotDto::of).toList());
    }
}
