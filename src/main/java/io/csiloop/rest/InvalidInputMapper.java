package io.csiloop.rest;

import io.csiloop.kernel.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A definition or data point the domain refused ({@link InvalidInput}, with all its field errors) is a 400
 * listing them: the domain validates while building the value, so nothing was written.
 */
@Provider
public final class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    private final ApiMessages messages;

    @Inject
    public InvalidInputMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(InvalidInput invalid) {
        return ApiProblemMapper.response(messages, ApiProblem.invalidFields(invalid.errors()));
    }
}
