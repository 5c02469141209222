package io.csiloop.rest;

import io.csiloop.port.SetupNotInstalled;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * CSI Loop's own setup has not completed (its issue types or workflows are missing): a 503 until it has, naming the
 * service Jira did not provide when that is why.
 */
@Provider
public final class SetupNotInstalledMapper implements ExceptionMapper<SetupNotInstalled> {

    private final ApiMessages messages;

    @Inject
    public SetupNotInstalledMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(SetupNotInstalled notInstalled) {
        return ApiProblemMapper.response(messages, notInstalled.missingService()
                .map(service -> ApiProblem.of(Status.SERVICE_UNAVAILABLE, SetupNotInstalled.MISSING_SERVICE_KEY, service))
                .orElseGet(() -> ApiProblem.of(Status.SERVICE_UNAVAILABLE, Keys.SETUP_NOT_INSTALLED)));
    }
}
