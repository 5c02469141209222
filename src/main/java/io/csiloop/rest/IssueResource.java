package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The CSI Loop state of an issue, for its issue panels: the lifecycle phase of a Lifecycle Project, the step,
 * cycle, register fields and KPI table of an Improvement, and the gate evidence of either. (Everything under
 * {@code issues/{issueIdOrKey}} lives in this one class: JAX-RS does not fall back from one root resource class
 * to another that shares the prefix.) Reading needs Browse Projects;
 * recording register fields and evidence is editing the issue (Edit Issues).
 */
@Path("issues/{issueIdOrKey}")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueResource {

    private final Scopes scopes;
    private final IssueProcess process;
    private final Scorecards scorecards;

    public IssueResource(Scopes scopes, IssueProcess process, Scorecards scorecards) {
        this.scopes = scopes;
        this.process = process;
        this.scorecards = scorecards;
    }

    /** The measures the issue owns (an Improvement's KPI table) with their latest snapshots. */
    @GET
    @Path("scorecard")
    @Requires(ProjectAccess.BROWSE)
    public ScorecardDto scorecard(@PathParam(Scopes.ISSUE) String issue) {
        return scorecards.ofImprovement(scopes.issue(issue));
    }

    @GET
    @Path("lifecycle")
    @Requires(ProjectAccess.BROWSE)
    public ProcessDto lifecycle(@PathParam(Scopes.ISSUE) String issue) {
        return process.lifecycle(scopes.issue(issue));
    }

    @GET
    @Path("improvement")
    @Requires(ProjectAccess.BROWSE)
    public RegisterDto.ImprovementDto improvement(@PathParam(Scopes.ISSUE) String issue) {
        return process.improvement(scopes.issue(issue));
    }

    @PUT
    @Path("improvement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public RegisterDto saveRegister(@PathParam(Scopes.ISSUE) String issue, RegisterDto.InputDto input) {
        return process.saveRegister(scopes.issue(issue), DefinitionResource.required(input));
    }

    @GET
    @Path("evidence")
    @Requires(ProjectAccess.BROWSE)
    public ProcessDto.EvidenceDto evidence(@PathParam(Scopes.ISSUE) String issue) {
        return process.evidence(scopes.issue(issue));
    }

    @PUT
    @Path("evidence/{gateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public ProcessDto.GateDto answer(@PathParam(Scopes.ISSUE) String issue, @PathParam("gateId") String gateId,
            ProcessDto.AnswersDto answers) {
        return process.answer(scopes.issue(issue), gateId, DefinitionResource.required(answers));
    }
}
