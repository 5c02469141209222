package io.csiloop.rest;

import io.csiloop.measure.DuplicateMeasurementKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * A measurement key the project already uses is a 409 (the request is fine, the project's state refuses it) with
 * the error on the {@code key} field, as a form shows it.
 */
@Provider
public final class DuplicateMeasurementKeyMapper implements ExceptionMapper<DuplicateMeasurementKey> {

    private final ApiMessages messages;

    @Inject
    public DuplicateMeasurementKeyMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(DuplicateMeasurementKey taken) {
        return ApiProblemMapper.response(messages, new ApiProblem(Status.CONFLICT.getStatusCode(), Keys.INVALID,
                List.of(1), List.of(Problem.field("key", Keys.DUPLICATE_KEY))));
    }
}
