package io.csiloop.rest;

import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The measurement definitions of a project: everyone who may browse the project reads them and their change
 * log; defining measurements is project setup and needs Administer Projects.
 */
@Path("projects/{projectIdOrKey}/definitions")
@Produces(MediaType.APPLICATION_JSON)
public final class DefinitionResource {

    private final Scopes scopes;
    private final DefinitionService definitions;

    public DefinitionResource(Scopes scopes, DefinitionService definitions) {
        this.scopes = scopes;
        this.definitions = definitions;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public DefinitionDto.ListDto list(@PathParam(Scopes.PROJECT) String project) {
        return new DefinitionDto.ListDto(definitions.ofProject(scopes.project(project)).stream()
                .map(DefinitionDto::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.ADMINISTER)
    public Response create(@PathParam(Scopes.PROJECT) String project, DefinitionInputDto input,
            @Context UriInfo uri) {
        StoredDefinition created = definitions.create(scopes.project(project), required(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(DefinitionDto.of(created)).build();
    }

    @GET
    @Path("{definitionId}")
    @Requires(ProjectAccess.BROWSE)
    public DefinitionDto read(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id) {
        return DefinitionDto.of(definitions.inProject(scopes.project(project), id));
    }

    @PUT
    @Path("{definitionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.ADMINISTER)
    public DefinitionDto replace(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            DefinitionInputDto input) {
        return DefinitionDto.of(definitions.update(scopes.project(project), id, required(input)));
    }

    @DELETE
    @Path("{definitionId}")
    @Requires(ProjectAccess.ADMINISTER)
    public Response delete(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("version") String version) {
        definitions.delete(scopes.project(project), id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("{definitionId}/audit")
    @Requires(ProjectAccess.BROWSE)
    public AuditEntryDto.ListDto audit(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id) {
        return new AuditEntryDto.ListDto(definitions.history(scopes.project(project), id).stream()
                .map(AuditEntryDto::of).toList());
    }

    /** A JSON {@code null} body reaches the method as null: refused like an empty one. */
    static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.invalid(java.util.List.of(Problem.general(Keys.BODY_REQUIRED)));
        }
        return body;
    }
}
