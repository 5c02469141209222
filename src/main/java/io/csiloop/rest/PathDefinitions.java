package io.csiloop.rest;

import io.csiloop.application.measure.ProjectMeasures;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectRef;
import jakarta.ws.rs.core.Response.Status;

import java.util.function.IntFunction;

/**
 * The measurement definition a request path names ({@code …/definitions/{definitionId}}) within the project it
 * names. An id that is no number, another project's definition and one deleted meanwhile are all a 404 that
 * names the id as the path wrote it.
 */
public final class PathDefinitions {

    private static final String SUBJECT = "measurement definition";

    private final ProjectMeasures measures;

    public PathDefinitions(ProjectMeasures measures) {
        this.measures = measures;
    }

    /** The definition of the project with the id in the path, or a 404. */
    public StoredDefinition inProject(ProjectRef project, String id) {
        return named(id, number -> measures.inProject(project.id(), number));
    }

    /** What the call answers for the definition the path names, or a 404 when there is no such definition. */
    <T> T named(String id, IntFunction<T> call) {
        int number = PathIds.parse(id).orElseThrow(() -> notFound(id));
        try {
            return call.apply(number);
        } catch (DefinitionNotFound gone) {
            throw notFound(id);
        }
    }

    /** The 404 for a definition, by the id as it was written. */
    static ApiProblem notFound(String id) {
        return ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, SUBJECT, id);
    }

    /** The 409 for a definition someone else changed since it was read. */
    static ApiProblem changed() {
        return ApiProblem.of(Status.CONFLICT, Keys.CONFLICT, SUBJECT);
    }
}
