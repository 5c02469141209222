package io.csiloop.rest;

import io.csiloop.application.measure.CsvExport;
import io.csiloop.application.measure.CsvImport;
import io.csiloop.application.measure.CsvTooLarge;
import io.csiloop.measure.ObservedAt;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * CSV import and export of a definition's data points, streamed both ways: {@code observedAt,value[,note]}
 * in (see {@link CsvImport}), {@code observedAt,value} out, in time order, in the format the import reads.
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/datapoints/csv")
public final class CsvResource {

    /** The media type of both directions. */
    public static final String TEXT_CSV = "text/csv";

    private final Scopes scopes;
    private final PathDefinitions definitions;
    private final CsvImport csvImport;
    private final CsvExport csvExport;
    private final ApiMessages messages;

    @Inject
    public CsvResource(Scopes scopes, PathDefinitions definitions, CsvImport csvImport, CsvExport csvExport,
            ApiMessages messages) {
        this.scopes = scopes;
        this.definitions = definitions;
        this.csvImport = csvImport;
        this.csvExport = csvExport;
        this.messages = messages;
    }

    /** Imports the file; 413 when it is over a limit an administrator set (see {@link CsvTooLarge}). */
    @POST
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public CsvImportDto importCsv(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("skipInvalid") String skipInvalid, InputStream body) {
        Params params = new Params();
        boolean skip = params.bool("skipInvalid", skipInvalid);
        params.check();
        CsvImport.Result result;
        try {
            result = csvImport.run(definitions.inProject(scopes.project(project), id), body, skip);
        } catch (CsvTooLarge tooLarge) {
            throw ApiProblem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, tooLarge.messageKey(), tooLarge.limit());
        }
        return new CsvImportDto(result.imported(), result.skipped(),
                ApiProblemMapper.items(messages, CsvInvalidMapper.problems(result.errors())));
    }

    @GET
    @Produces(TEXT_CSV)
    @Requires(ProjectAccess.BROWSE)
    public Response exportCsv(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("from") String fromText, @QueryParam("to") String toText) {
        Params params = new Params();
        Instant from = params.instant("from", fromText, ObservedAt.EARLIEST);
        Instant to = params.instant("to", toText, ObservedAt.LATEST);
        params.ordered("from", from, "to", to);
        params.check();
        StoredDefinition definition = definitions.inProject(scopes.project(project), id);
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            csvExport.write(definition, from, to, writer);
            writer.flush();
        };
        return Response.ok(csv, TEXT_CSV + "; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + definition.definition().key() + ".csv\"").build();
    }
}
