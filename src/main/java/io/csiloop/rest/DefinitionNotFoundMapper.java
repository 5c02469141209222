package io.csiloop.rest;

import io.csiloop.measure.DefinitionNotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A measurement definition that is gone, found missing by a service after the path named it (deleted meanwhile,
 * while points were being recorded), is a 404 like one the path names and the project does not have.
 */
@Provider
public final class DefinitionNotFoundMapper implements ExceptionMapper<DefinitionNotFound> {

    private final ApiMessages messages;

    @Inject
    public DefinitionNotFoundMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(DefinitionNotFound gone) {
        return ApiProblemMapper.response(messages, PathDefinitions.notFound(String.valueOf(gone.definitionId())));
    }
}
