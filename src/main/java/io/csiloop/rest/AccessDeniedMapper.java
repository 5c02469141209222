package io.csiloop.rest;

import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service or port that refused the caller ({@link AccessDenied}) is a 403. {@link AccessFilter} has already let
 * through only callers who may browse, and edit where the method needs it; what a service still refuses is
 * administration (enabling the project) or a change only some users may make (a measure that belongs to no
 * improvement, for a user who may edit issues but not administer the project). The refusal's own words win, then
 * the words of the permission it needed.
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
        String key = denied.messageKey() != null ? denied.messageKey()
                : denied.needed() == ProjectAccess.EDIT ? Keys.MAY_NOT_EDIT : Keys.MAY_NOT_ADMINISTER;
        return ApiProblemMapper.response(messages, ApiProblem.of(Status.FORBIDDEN, key));
    }
}
