package io.csiloop.rest;

import io.csiloop.application.kpi.MeasureRebases;
import io.csiloop.kpi.DuplicateRebase;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * The rebases of a measurement definition's control chart: the history of approvals, read by whoever may browse
 * the project, and a new approval, with the day its phase begins and the reason, by whoever may edit the project's
 * issues (the owning Improvement among them). The app only suggests a rebase; this is where a person approves one.
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/rebases")
@Produces(MediaType.APPLICATION_JSON)
public final class RebaseResource {

    private final Scopes scopes;
    private final PathDefinitions definitions;
    private final MeasureRebases rebases;
    private final Users users;

    @Inject
    public RebaseResource(Scopes scopes, PathDefinitions definitions, MeasureRebases rebases, Users users) {
        this.scopes = scopes;
        this.definitions = definitions;
        this.rebases = rebases;
        this.users = users;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public RebaseDto.ListDto list(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        return new RebaseDto.ListDto(definition.id(),
                rebases.history(definition).stream().map(RebaseDto::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public Response approve(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            RebaseDto.InputDto rebase) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        RebaseDto.InputDto body = DefinitionResource.required(rebase);
        // AccessFilter let only a logged-in user with Edit Issues through.
        String approver = users.current().map(UserRef::key).orElseThrow();
        try {
            return Response.status(Status.CREATED)
                    .entity(RebaseDto.of(rebases.approve(definition, body.at(), body.reason(), approver))).build();
        } catch (DuplicateRebase duplicate) {
            throw ApiProblem.of(Status.CONFLICT, Keys.DUPLICATE_REBASE, duplicate.phaseStart().toString());
        }
    }
}
