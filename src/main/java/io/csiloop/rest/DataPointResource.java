package io.csiloop.rest;

import io.csiloop.port.ProjectAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The data points of a measurement definition: read by whoever may browse the project, recorded by whoever
 * may edit its issues (Edit Issues), one at a time or as an all-or-nothing batch.
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/datapoints")
@Produces(MediaType.APPLICATION_JSON)
public final class DataPointResource {

    private final Scopes scopes;
    private final DefinitionService definitions;
    private final DataPointService points;

    public DataPointResource(Scopes scopes, DefinitionService definitions, DataPointService points) {
        this.scopes = scopes;
        this.definitions = definitions;
        this.points = points;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public DataPointDto.PageDto list(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        return points.page(definitions.inProject(scopes.project(project), id), from, to, start, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public DataPointDto.RecordedDto add(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, DataPointDto.InputDto point) {
        return points.recordOne(definitions.inProject(scopes.project(project), id), DefinitionResource.required(point));
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public DataPointDto.RecordedDto addBatch(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, DataPointDto.BatchDto batch) {
        return points.recordBatch(definitions.inProject(scopes.project(project), id),
                DefinitionResource.required(batch));
    }
}
