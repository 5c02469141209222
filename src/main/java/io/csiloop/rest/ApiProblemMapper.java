package io.csiloop.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Writes an {@link ApiProblem} as its status with an {@link ErrorDto} body. */
@Provider
public final class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    private final ApiMessages messages;

    @Inject
    public ApiProblemMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(ApiProblem problem) {
        return response(messages, problem);
    }

    /** The response for a problem; shared with the mappers that translate other exceptions into problems. */
    static Response response(ApiMessages messages, ApiProblem problem) {
        ErrorDto body = new ErrorDto(problem.status(), messages.text(problem.summaryKey(), problem.summaryParams()),
                items(messages, problem.problems()));
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The problems as the error body lists them, each with its message. */
    static java.util.List<ErrorDto.ErrorItemDto> items(ApiMessages messages, java.util.List<Problem> problems) {
        return problems.stream().map(p -> new ErrorDto.ErrorItemDto(p.field(), p.line(), p.messageKey(),
                messages.text(p.messageKey(), p.params()))).toList();
    }
}
