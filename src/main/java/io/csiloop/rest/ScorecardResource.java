package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A project's KPI scorecard: every measure with its latest snapshot (project page, scorecard gadget). */
@Path("projects/{projectIdOrKey}/scorecard")
@Produces(MediaType.APPLICATION_JSON)
public final class ScorecardResource {

    private final Scopes scopes;
    private final Scorecards scorecards;

    @Inject
    public ScorecardResource(Scopes scopes, Scorecards scorecards) {
        this.scopes = scopes;
        this.scorecards = scorecards;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public ScorecardDto project(@PathParam(Scopes.PROJECT) String project) {
        return scorecards.ofProject(scopes.project(project));
    }
}
