package io.csiloop.rest;

import io.csiloop.port.AccessDenied;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service or port that refused the caller ({@link AccessDenied}) is a 403. {@link AccessFilter} has already let
 * through only callers who may browse, and edit where the method needs it, so what a service still refuses is
 * administration (enabling the project, defining measures without being logged in): every {@code AccessDenied}
 * the app throws is for Administer Projects.
 */
@Provider
public final class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

    private final ApiMessages messages;

    @Inject
    public AccessDeniedMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(AccessDenied denied) {
        return ApiProblemMapper.response(messages, ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_ADMINISTER));
    }
}
