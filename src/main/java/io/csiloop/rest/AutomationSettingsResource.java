package io.csiloop.rest;

import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.RunScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The global automation settings (docs/automation.md, section 8), for Jira administrators: the schedule, time zone and
 * raising switch every project follows unless it sets its own, and a run of the global job now. Saving reschedules
 * the jobs at once.
 */
@Path("automation")
@Produces(MediaType.APPLICATION_JSON)
public final class AutomationSettingsResource {

    private final AutomationSettingsService settings;

    @Inject
    public AutomationSettingsResource(AutomationSettingsService settings) {
        this.settings = settings;
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresAdministrator
    public AutomationSettingsDto save(AutomationSettingsDto input) {
        return AutomationSettingsDto.of(settings.saveGlobal(DefinitionResource.required(input).input()));
    }

    /** Asks for one run of the global job, soon, in the background (204: asked for, not yet done). */
    @POST
    @Path("run")
    @RequiresAdministrator
    public Response run() {
        settings.runNow(RunScope.GLOBAL);
        return Response.noContent().build();
    }
}
