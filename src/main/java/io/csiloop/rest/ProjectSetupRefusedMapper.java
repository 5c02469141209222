package io.csiloop.rest;

import io.csiloop.port.ProjectSetupRefused;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Enabling a project that was refused (blockers, or shared schemes not confirmed) is the one 4xx with another body
 * than {@link ErrorDto}: a 409 with the plan, the reason and its message, so the page can show what stands in the
 * way (docs/jira-integration.md).
 */
@Provider
public final class ProjectSetupRefusedMapper implements ExceptionMapper<ProjectSetupRefused> {

    private final ApiMessages messages;

    @Inject
    public ProjectSetupRefusedMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(ProjectSetupRefused refused) {
        String key = refused.reason() == ProjectSetupRefused.Reason.BLOCKED ? Keys.SETUP_BLOCKED : Keys.SETUP_SHARED;
        return Response.status(Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SetupPlanDto.of(refused.plan(), refused.reason(), messages.text(key, List.of()))).build();
    }
}
