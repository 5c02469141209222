package io.csiloop.rest;

import io.csiloop.application.automation.AdministratorRequired;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case that only a Jira administrator may run, refused by the application itself (after
 * {@link AdministratorFilter} let the caller through, the permission was taken away meanwhile): 403, as the filter
 * answers.
 */
@Provider
public final class AdministratorRequiredMapper implements ExceptionMapper<AdministratorRequired> {

    private final ApiMessages messages;

    @Inject
    public AdministratorRequiredMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(AdministratorRequired refused) {
        return ApiProblemMapper.response(messages, ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_ADMINISTER_JIRA));
    }
}
