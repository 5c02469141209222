package io.csiloop.rest;

import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.ProjectSetupRefused;
import io.csiloop.port.SetupNotInstalled;
import io.csiloop.port.SetupPlan;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Enable CSI Loop for this project" (docs/jira-integration.md, section 5): the plan, and applying it. Project
 * setup needs Administer Projects. A refused application is a 409 whose body is the plan with the reason; setup
 * not yet installed is a 503.
 */
@Path("projects/{projectIdOrKey}/setup")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectSetupResource {

    private final Scopes scopes;
    private final ProjectSetup setup;
    private final ApiMessages messages;

    public ProjectSetupResource(Scopes scopes, ProjectSetup setup, ApiMessages messages) {
        this.scopes = scopes;
        this.setup = setup;
        this.messages = messages;
    }

    @GET
    @Requires(ProjectAccess.ADMINISTER)
    public SetupPlanDto plan(@PathParam(Scopes.PROJECT) String project) {
        ProjectRef ref = scopes.project(project);
        return SetupPlanDto.of(guarded(() -> setup.plan(ref.id())), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.ADMINISTER)
    public Response apply(@PathParam(Scopes.PROJECT) String project, SetupPlanDto.ApplyDto request) {
        ProjectRef ref = scopes.project(project);
        boolean confirmed = Boolean.TRUE.equals(DefinitionResource.required(request).confirmSharedSchemes());
        try {
            return Response.ok(SetupPlanDto.of(guarded(() -> setup.apply(ref.id(), confirmed)), null, null)).build();
        } catch (ProjectSetupRefused refused) {
            String key = refused.reason() == ProjectSetupRefused.Reason.BLOCKED ? Keys.SETUP_BLOCKED : Keys.SETUP_SHARED;
            return Response.status(Status.CONFLICT)
                    .entity(SetupPlanDto.of(refused.plan(), refused.reason(), messages.text(key, List.of()))).build();
        }
    }

    private static SetupPlan guarded(Supplier<SetupPlan> call) {
        try {
            return call.get();
        } catch (AccessDenied denied) {
            throw ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_ADMINISTER);
        } catch (SetupNotInstalled notInstalled) {
            throw ApiProblem.of(Status.SERVICE_UNAVAILABLE, Keys.SETUP_NOT_INSTALLED);
        }
    }
}
