package io.csiloop.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The refusals the JAX-RS runtime makes itself (no such path, method not allowed, content type not accepted)
 * answered with the same JSON error body as ours, keeping the {@code Allow} header of a 405. A 5xx from the
 * runtime is a bug and goes to {@link UnexpectedErrorMapper}'s treatment.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ApiMessages messages;

    @Inject
    public WebApplicationExceptionMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrorMapper.response(messages, exception);
        }
        Response response = ApiProblemMapper.response(messages,
                new ApiProblem(status < 400 ? 400 : status, summaryKey(exception), List.of(), List.of()));
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    private static String summaryKey(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return Keys.NO_SUCH_RESOURCE;
        }
        if (exception instanceof NotAllowedException) {
            return Keys.METHOD_NOT_ALLOWED;
        }
        if (exception instanceof NotSupportedException) {
            return Keys.UNSUPPORTED_TYPE;
        }
        if (exception instanceof NotAcceptableException) {
            return Keys.NOT_ACCEPTABLE;
        }
        return Keys.BAD_REQUEST;
    }
}
