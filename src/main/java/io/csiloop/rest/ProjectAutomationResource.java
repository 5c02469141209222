package io.csiloop.rest;

import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.DefinitionAutomationService;
import io.csiloop.application.automation.RunScope;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/**
 * A project's automation (docs/automation.md, section 8), for its administrators: its own settings, a run of the
 * project now, and each measurement definition's JQL collection and raising. A definition of another project is
 * "not found".
 */
@Path("projects/{projectIdOrKey}/automation")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectAutomationResource {

    private static final String DEFINITION = "definitionId";

    private final Scopes scopes;
    private final AutomationSettingsService settings;
    private final DefinitionAutomationService automations;

    @Inject
    public ProjectAutomationResource(Scopes scopes, AutomationSettingsService settings,
            DefinitionAutomationService automations) {
        this.scopes = scopes;
        this.settings = settings;
        this.automations = automations;
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.ADMINISTER)
    public AutomationSettingsDto saveSettings(@PathParam(Scopes.PROJECT) String project, AutomationSettingsDto input) {
        long projectId = scopes.project(project).id();
        return AutomationSettingsDto.of(settings.saveProject(projectId, DefinitionResource.required(input).input()));
    }

    /** Asks for one run of the project, soon, in the background (204: asked for, not yet done). */
    @POST
    @Path("run")
    @Requires(ProjectAccess.ADMINISTER)
    public Response run(@PathParam(Scopes.PROJECT) String project) {
        RunScope scope = RunScope.project(scopes.project(project).id());
        settings.runNow(scope);
        return Response.noContent().build();
    }

    @PUT
    @Path("definitions/{definitionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.ADMINISTER)
    public DefinitionAutomationDto configure(@PathParam(Scopes.PROJECT) String project,
            @PathParam(DEFINITION) String definition, DefinitionAutomationDto input) {
        long projectId = scopes.project(project).id();
        int definitionId = definitionId(definition);
        return DefinitionAutomationDto.of(automations.configure(projectId, definitionId,
                DefinitionResource.required(input).input()));
    }

    /** Removes the definition's automation; 204 also when it had none. */
    @DELETE
    @Path("definitions/{definitionId}")
    @Requires(ProjectAccess.ADMINISTER)
    public Response remove(@PathParam(Scopes.PROJECT) String project, @PathParam(DEFINITION) String definition) {
        long projectId = scopes.project(project).id();
        int definitionId = definitionId(definition);
        automations.remove(projectId, definitionId);
        return Response.noContent().build();
    }

    private static int definitionId(String text) {
        return PathIds.parse(text).orElseThrow(() -> PathDefinitions.notFound(text));
    }
}
