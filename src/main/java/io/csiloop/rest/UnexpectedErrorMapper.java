package io.csiloop.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;

/**
 * The last resort: an exception nobody translated is a bug of ours, so it is logged in full under a short
 * reference and answered with a generic 500 that names the reference but shows no internals. Every bad
 * input must be refused before it gets here (the REST fuzz test counts the 500s and expects none).
 */
@Provider
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

    private final ApiMessages messages;

    @Inject
    public UnexpectedErrorMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable failure) {
        return response(messages, failure);
    }

    static Response response(ApiMessages messages, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(System.Logger.Level.ERROR, "CSI Loop REST request failed, reference " + reference, failure);
        ErrorDto body = new ErrorDto(500, messages.text(Keys.INTERNAL, List.of(reference)), List.of());
        return Response.serverError().type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
