package io.csiloop.rest;

import io.csiloop.application.measure.DataPointLog;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The data points of a measurement definition: read by whoever may browse the project, a page at a time over a
 * range (by default the last 90 days), recorded by whoever may edit its issues (Edit Issues), one at a time or as
 * an all-or-nothing batch.
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/datapoints")
@Produces(MediaType.APPLICATION_JSON)
public final class DataPointResource {

    private static final Duration DEFAULT_RANGE = Duration.ofDays(90);
    private static final int MAX_PAGE = 1_000;

    private final Scopes scopes;
    private final PathDefinitions definitions;
    private final DataPointLog points;
    private final Clock clock;

    @Inject
    public DataPointResource(Scopes scopes, PathDefinitions definitions, DataPointLog points, Clock clock) {
        this.scopes = scopes;
        this.definitions = definitions;
        this.points = points;
        this.clock = clock;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public DataPointDto.PageDto list(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("from") String fromText, @QueryParam("to") String toText,
            @QueryParam("start") String startText, @QueryParam("limit") String limitText) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        Params params = new Params();
        Instant to = params.instant("to", toText, clock.instant());
        Instant from = params.instant("from", fromText, to.minus(DEFAULT_RANGE));
        int start = params.integer("start", startText, 0, Integer.MAX_VALUE, 0);
        int limit = params.integer("limit", limitText, 1, MAX_PAGE, 100);
        params.ordered("from", from, "to", to);
        params.within("from", from, to, DataPointLog.MAX_RANGE);
        params.check();
        return DataPointDto.PageDto.of(points.page(definition, from, to, start, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public DataPointDto.RecordedDto add(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, DataPointDto.InputDto point) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        return new DataPointDto.RecordedDto(points.recordOne(definition, DefinitionResource.required(point).input()));
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public DataPointDto.RecordedDto addBatch(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, DataPointDto.BatchDto batch) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        return new DataPointDto.RecordedDto(points.recordBatch(definition, DefinitionResource.required(batch).input()));
    }
}
