package io.csiloop.rest;

import io.csiloop.application.process.NotInProcess;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * An issue that is not of the CSI Loop type a request is about, or a gate its workflow does not have, is a 404: for
 * the API it is not there, as an unknown id is not.
 */
@Provider
public final class NotInProcessMapper implements ExceptionMapper<NotInProcess> {

    private final ApiMessages messages;

    @Inject
    public NotInProcessMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(NotInProcess refused) {
        String what = refused.expectedType().map(type -> messages.text(type.nameKey(), List.of())).orElse("gate");
        return ApiProblemMapper.response(messages, ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, what, refused.name()));
    }
}
