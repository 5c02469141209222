package io.csiloop.rest;

import io.csiloop.application.measure.DefinitionInput;
import io.csiloop.application.measure.ProjectMeasures;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The measurement definitions of a project: everyone who may browse the project reads them and their change
 * log. Writing needs at least Edit Issues; who may change which measure is {@link ProjectMeasures}' rule (project
 * administrators every measure; users with Edit Issues the measures of an improvement: define, edit, link to it,
 * unlink), a refusal being a 403; deleting needs Administer Projects. A replacement that names no improvement
 * keeps the measure's link; {@code PUT …/improvement} links it, {@code DELETE …/improvement} unlinks it. A write
 * that lost to someone else's change is a 409 (definitions carry a version; send the one you read).
 */
@Path("projects/{projectIdOrKey}/definitions")
@Produces(MediaType.APPLICATION_JSON)
public final class DefinitionResource {

    private final Scopes scopes;
    private final ProjectMeasures measures;
    private final PathDefinitions definitions;

    @Inject
    public DefinitionResource(Scopes scopes, ProjectMeasures measures, PathDefinitions definitions) {
        this.scopes = scopes;
        this.measures = measures;
        this.definitions = definitions;
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public DefinitionDto.ListDto list(@PathParam(Scopes.PROJECT) String project) {
        return new DefinitionDto.ListDto(measures.ofProject(scopes.project(project).id()).stream()
                .map(DefinitionDto::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public Response create(@PathParam(Scopes.PROJECT) String project, DefinitionInputDto input,
            @Context UriInfo uri) {
        long projectId = scopes.project(project).id();
        DefinitionInput definition = required(input).input();
        StoredDefinition created = unlessChanged(() -> measures.create(projectId, definition));
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
    @Requires(ProjectAccess.EDIT)
    public DefinitionDto replace(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            DefinitionInputDto input) {
        ProjectRef ref = scopes.project(project);
        DefinitionInput replacement = required(input).input();
        return DefinitionDto.of(unlessChanged(() -> definitions.named(id,
                number -> measures.update(ref.id(), number, replacement))));
    }

    @DELETE
    @Path("{definitionId}")
    @Requires(ProjectAccess.ADMINISTER)
    public Response delete(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("version") String version) {
        int expected = requiredVersion(version);
        ProjectRef ref = scopes.project(project);
        unlessChanged(() -> definitions.named(id, number -> {
            measures.delete(ref.id(), number, expected);
            return number;
        }));
        return Response.noContent().build();
    }

    /** Links the definition to an Improvement issue of the project; its fields stay as they are. */
    @PUT
    @Path("{definitionId}/improvement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public DefinitionDto link(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            DefinitionLinkDto link) {
        DefinitionLinkDto body = required(link);
        List<Problem> missing = new ArrayList<>();
        if (body.improvementIssueId() == null) {
            missing.add(Problem.field("improvementIssueId", Keys.REQUIRED));
        }
        if (body.version() == null) {
            missing.add(Problem.field("version", Keys.REQUIRED));
        }
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid(missing);
        }
        ProjectRef ref = scopes.project(project);
        return DefinitionDto.of(unlessChanged(() -> definitions.named(id,
                number -> measures.link(ref.id(), number, body.improvementIssueId(), body.version()))));
    }

    /** Unlinks the definition from its improvement: it stays a measure of the project, with its data. */
    @DELETE
    @Path("{definitionId}/improvement")
    @Requires(ProjectAccess.EDIT)
    public DefinitionDto unlink(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("version") String version) {
        int expected = requiredVersion(version);
        ProjectRef ref = scopes.project(project);
        return DefinitionDto.of(unlessChanged(() -> definitions.named(id,
                number -> measures.unlink(ref.id(), number, expected))));
    }

    @GET
    @Path("{definitionId}/audit")
    @Requires(ProjectAccess.BROWSE)
    public AuditEntryDto.ListDto audit(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id) {
        ProjectRef ref = scopes.project(project);
        return new AuditEntryDto.ListDto(definitions.named(id, number -> measures.history(ref.id(), number))
                .stream().map(AuditEntryDto::of).toList());
    }

    /** The version a query names, required. */
    private static int requiredVersion(String version) {
        Params params = new Params();
        int expected = params.integer("version", version, 1, Integer.MAX_VALUE, 0);
        if (version == null || version.isBlank()) {
            params.add(Problem.field("version", Keys.REQUIRED));
        }
        params.check();
        return expected;
    }

    /** A JSON {@code null} body reaches the method as null: refused like an empty one. */
    static <T> T required(T body) {
        if (body == null) {
            throw ApiProblem.invalid(List.of(Problem.general(Keys.BODY_REQUIRED)));
        }
        return body;
    }

    /**
     * The write's result, or a 409 naming the definition when someone else changed it first. Mapped here, not by a
     * provider, because {@link ConcurrentChange} does not say what changed.
     */
    private static <T> T unlessChanged(Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrentChange changed) {
            throw PathDefinitions.changed();
        }
    }
}
