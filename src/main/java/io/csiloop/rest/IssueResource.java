package io.csiloop.rest;

import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.IssueProcesses;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import io.csiloop.process.EvidenceAnswer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * The CSI Loop state of an issue, for its issue panels: the lifecycle phase of a Lifecycle Project, the step,
 * cycle, register fields and KPI table of an Improvement, and the gate evidence of either. (Everything under
 * {@code issues/{issueIdOrKey}} lives in this one class: JAX-RS does not fall back from one root resource class
 * to another that shares the prefix.) Reading needs Browse Projects;
 * recording register fields and evidence is editing the issue (Edit Issues), and so is amending the evidence of
 * a gate that has passed, which also needs a reason.
 */
@Path("issues/{issueIdOrKey}")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueResource {

    private final Scopes scopes;
    private final IssueProcesses processes;
    private final Scorecards scorecards;
    private final ApiMessages messages;
    private final Users users;

    @Inject
    public IssueResource(Scopes scopes, IssueProcesses processes, Scorecards scorecards, ApiMessages messages,
            Users users) {
        this.scopes = scopes;
        this.processes = processes;
        this.scorecards = scorecards;
        this.messages = messages;
        this.users = users;
    }

    /** The measures the issue owns (an Improvement's KPI table) with their latest snapshots. */
    @GET
    @Path("scorecard")
    @Requires(ProjectAccess.BROWSE)
    public ScorecardDto scorecard(@PathParam(Scopes.ISSUE) String issue) {
        return scorecards.ofImprovement(scopes.issue(issue));
    }

    /** A KPI snapshot of every measure the Improvement owns, taken now (trigger MANUAL). */
    @POST
    @Path("snapshots")
    @Requires(ProjectAccess.EDIT)
    public SnapshotDto.ListDto takeSnapshots(@PathParam(Scopes.ISSUE) String issue) {
        return scorecards.takeSnapshots(scopes.issue(issue));
    }

    @GET
    @Path("lifecycle")
    @Requires(ProjectAccess.BROWSE)
    public ProcessDto lifecycle(@PathParam(Scopes.ISSUE) String issue) {
        return ProcessDto.of(processes.place(scopes.issue(issue), CsiLoopIssueType.LIFECYCLE_PROJECT), messages);
    }

    @GET
    @Path("improvement")
    @Requires(ProjectAccess.BROWSE)
    public RegisterDto.ImprovementDto improvement(@PathParam(Scopes.ISSUE) String issue) {
        return RegisterDto.ImprovementDto.of(processes.improvement(scopes.issue(issue)), messages);
    }

    @PUT
    @Path("improvement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public RegisterDto saveRegister(@PathParam(Scopes.ISSUE) String issue, RegisterDto.InputDto input) {
        return RegisterDto.of(processes.saveRegister(scopes.issue(issue), DefinitionResource.required(input).fields()));
    }

    @GET
    @Path("evidence")
    @Requires(ProjectAccess.BROWSE)
    public ProcessDto.EvidenceDto evidence(@PathParam(Scopes.ISSUE) String issue) {
        IssueRef ref = scopes.issue(issue);
        return new ProcessDto.EvidenceDto(ref.id(), processes.evidence(ref).stream()
                .map(gate -> ProcessDto.GateDto.of(gate, messages)).toList());
    }

    @PUT
    @Path("evidence/{gateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public ProcessDto.GateDto answer(@PathParam(Scopes.ISSUE) String issue, @PathParam("gateId") String gateId,
            ProcessDto.AnswersDto answers) {
        IssueRef ref = scopes.issue(issue);
        ProcessDto.AnswersDto input = DefinitionResource.required(answers);
        List<EvidenceAnswer> given = input.evidence();
        // AccessFilter let only a logged-in user with Edit Issues through.
        String actor = users.current().map(UserRef::key).orElseThrow();
        try {
            return ProcessDto.GateDto.of(processes.answer(ref, gateId, given, actor, input.reason()), messages);
        } catch (ConcurrentChange changed) {
            throw ApiProblem.of(Status.CONFLICT, Keys.CONFLICT, "gate evidence");
        }
    }

    /**
     * Every version of the gate's answers: who, when, old and new answer, and the reason of each amendment made
     * after the gate passed.
     */
    @GET
    @Path("evidence/{gateId}/history")
    @Requires(ProjectAccess.BROWSE)
    public ProcessDto.HistoryDto evidenceHistory(@PathParam(Scopes.ISSUE) String issue,
            @PathParam("gateId") String gateId) {
        IssueRef ref = scopes.issue(issue);
        return new ProcessDto.HistoryDto(ref.id(), gateId,
                processes.history(ref, gateId).stream().map(ProcessDto.ChangeDto::of).toList());
    }
}
