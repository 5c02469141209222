package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * "Enable CSI Loop for this project" (docs/jira-integration.md, section 5): the plan, and applying it. Project
 * setup needs Administer Projects. The port does all of it; its refusals are answered by their mappers: a refused
 * application is a 409 whose body is the plan with the reason ({@link ProjectSetupRefusedMapper}), setup not yet
 * installed a 503, a caller the port refuses a 403.
 */
@Path("projects/{projectIdOrKey}/setup")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectSetupResource {

    private final Scopes scopes;
    private final ProjectSetup setup;

    @Inject
    public ProjectSetupResource(Scopes scopes, ProjectSetup setup) {
        this.scopes = scopes;
        this.setup = setup;
    }

    @GET
    @Requires(ProjectAccess.ADMINISTER)
    public SetupPlanDto plan(@PathParam(Scopes.PROJECT) String project) {
        ProjectRef ref = scopes.project(project);
        return SetupPlanDto.of(setup.plan(ref.id()), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.ADMINISTER)
    public SetupPlanDto apply(@PathParam(Scopes.PROJECT) String project, SetupPlanDto.ApplyDto request) {
        ProjectRef ref = scopes.project(project);
        boolean confirmed = Boolean.TRUE.equals(DefinitionResource.required(request).confirmSharedSchemes());
        return SetupPlanDto.of(setup.apply(ref.id(), confirmed), null, null);
    }
}
