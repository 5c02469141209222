package io.csiloop.rest;

import io.csiloop.measure.DataPoint;
import io.csiloop.measure.Direction;
import io.csiloop.port.ProjectAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A resource that exists only in the tests of the API's cross-cutting providers. */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
public final class ProbeResource {

    public ProbeResource() {
    }

    @GET
    @Path("projects/{projectIdOrKey}")
    @Requires(ProjectAccess.BROWSE)
    public ProbeDto read(@PathParam("projectIdOrKey") String project) {
        return new ProbeDto(null, null, project, null, List.of(), null);
    }

    @POST
    @Path("projects/{projectIdOrKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public ProbeDto echo(@PathParam("projectIdOrKey") String project, ProbeDto body) {
        return body;
    }

    @DELETE
    @Path("projects/{projectIdOrKey}")
    @Requires(ProjectAccess.ADMINISTER)
    public ProbeDto remove(@PathParam("projectIdOrKey") String project) {
        return read(project);
    }

    @GET
    @Path("issues/{issueIdOrKey}")
    @Requires(ProjectAccess.BROWSE)
    public ProbeDto issue(@PathParam("issueIdOrKey") String issue) {
        return read(issue);
    }

    @GET
    @Path("projects/{projectIdOrKey}/unguarded")
    public ProbeDto unguarded(@PathParam("projectIdOrKey") String project) {
        return read(project);
    }

    @GET
    @Path("projects/{projectIdOrKey}/bug")
    @Requires(ProjectAccess.BROWSE)
    public ProbeDto bug(@PathParam("projectIdOrKey") String project) {
        throw new IllegalStateException("a bug with a secret detail");
    }

    @POST
    @Path("projects/{projectIdOrKey}/point")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public ProbeDto point(@PathParam("projectIdOrKey") String project, ProbeDto body) {
        new DataPoint(null, body.value() == null ? Double.NaN : body.value());
        return body;
    }

    /** Fields of every JSON shape the providers must read strictly. */
    public record ProbeDto(Double value, Integer count, String text, Direction direction, List<Nested> items,
            Boolean flag) implements JsonBody {
    }

    public record Nested(Double x) implements JsonBody {
    }
}
