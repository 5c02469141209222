package io.csiloop.rest;

import io.csiloop.application.measure.DataPointLog;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.measure.DataPointNotFound;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntFunction;

/**
 * The data points of a measurement definition: read by whoever may browse the project, a page at a time over a
 * range (by default the last 90 days), recorded by whoever may edit its issues (Edit Issues), one at a time or as
 * an all-or-nothing batch, and corrected or deleted by them one at a time with a reason, each change kept in the
 * point's history.
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/datapoints")
@Produces(MediaType.APPLICATION_JSON)
public final class DataPointResource {

    private static final String POINT = "data point";
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

    @PUT
    @Path("{pointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public DataPointDto correct(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @PathParam("pointId") String pointId, DataPointDto.CorrectionDto correction) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        DataPointDto.CorrectionDto body = DefinitionResource.required(correction);
        return DataPointDto.of(named(pointId,
                number -> points.correct(definition, number, body.input(), body.reason())));
    }

    @DELETE
    @Path("{pointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public Response delete(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @PathParam("pointId") String pointId, DataPointDto.DeletionDto deletion) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        String reason = DefinitionResource.required(deletion).reason();
        named(pointId, number -> {
            points.delete(definition, number, reason);
            return number;
        });
        return Response.noContent().build();
    }

    @GET
    @Path("{pointId}/history")
    @Requires(ProjectAccess.BROWSE)
    public DataPointDto.HistoryDto history(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, @PathParam("pointId") String pointId) {
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        return named(pointId, number -> new DataPointDto.HistoryDto(number,
                points.history(definition, number).stream().map(DataPointDto.ChangeDto::of).toList()));
    }

    /**
     * What the call answers for the point the path names: a 404 naming it as written when the definition has no
     * such point, a 409 when someone else changed it first.
     */
    private static <T> T named(String pointId, IntFunction<T> call) {
        int number = PathIds.parse(pointId).orElseThrow(() -> notFound(pointId));
        try {
            return call.apply(number);
        } catch (DataPointNotFound gone) {
            throw notFound(pointId);
        } catch (ConcurrentChange changed) {
            throw ApiProblem.of(Status.CONFLICT, Keys.CONFLICT, POINT);
        }
    }

    private static ApiProblem notFound(String pointId) {
        return ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, POINT, pointId);
    }
}
