package io.csiloop.rest;

import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.measure.AuditEntry;
import io.csiloop.measure.Band;
import io.csiloop.measure.DefinitionAudit;
import io.csiloop.measure.DefinitionInvalid;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.DuplicateMeasurementKey;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Users;
import jakarta.ws.rs.core.Response.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The measurement definitions of a project as the API offers them: found only within the project the request
 * names (another project's definition is "not found"), validated with every error at once, and written with
 * the version the client read. The store's refusals become 404 (gone) and 409 (changed meanwhile, key taken).
 */
public final class DefinitionService {

    private final MeasurementDefinitions definitions;
    private final DefinitionAudit audit;
    private final Issues issues;
    private final Users users;

    public DefinitionService(MeasurementDefinitions definitions, DefinitionAudit audit, Issues issues, Users users) {
        this.definitions = definitions;
        this.audit = audit;
        this.issues = issues;
        this.users = users;
    }

    public List<StoredDefinition> ofProject(ProjectRef project) {
        return definitions.ofProject(project.id());
    }

    /** The definition of the project with the id in the path, or a 404. */
    public StoredDefinition inProject(ProjectRef project, String id) {
        return parseId(id).flatMap(definitions::find).filter(d -> d.projectId() == project.id())
                .orElseThrow(() -> notFound(id));
    }

    public StoredDefinition create(ProjectRef project, DefinitionInputDto input) {
        Draft draft = draft(project, input, false);
        return stored(() -> definitions.create(project.id(), draft.ownership(), draft.measure(), actor()), null);
    }

    public StoredDefinition update(ProjectRef project, String id, DefinitionInputDto input) {
        StoredDefinition current = inProject(project, id);
        Draft draft = draft(project, input, true);
        return stored(() -> definitions.update(current.id(), input.version(), draft.ownership(), draft.measure(),
                actor()), id);
    }

    public void delete(ProjectRef project, String id, String versionText) {
        Params params = new Params();
        int version = params.integer("version", versionText, 1, Integer.MAX_VALUE, 0);
        if (versionText == null || versionText.isBlank()) {
            params.add(Problem.field("version", Keys.REQUIRED));
        }
        params.check();
        StoredDefinition current = inProject(project, id);
        stored(() -> {
            definitions.delete(current.id(), version, actor());
            return current;
        }, id);
    }

    /** The change log of a definition of the project, kept after its deletion too (its entries name the project). */
    public List<AuditEntry> history(ProjectRef project, String id) {
        List<AuditEntry> entries = parseId(id).map(audit::history).orElse(List.of()).stream()
                .filter(e -> e.projectId() == project.id()).toList();
        if (entries.isEmpty()) {
            throw notFound(id);
        }
        return entries;
    }

    private Draft draft(ProjectRef project, DefinitionInputDto input, boolean replacing) {
        List<Problem> problems = new ArrayList<>();
        if (replacing && input.version() == null) {
            problems.add(Problem.field("version", Keys.REQUIRED));
        }
        Band band = null;
        if (input.band() != null) {
            requireNumber(problems, "band.low", input.band().low());
            requireNumber(problems, "band.high", input.band().high());
            if (input.band().low() != null && input.band().high() != null) {
                band = new Band(input.band().low(), input.band().high());
            }
        }
        if (input.improvementIssueId() != null && issues.byId(input.improvementIssueId())
                .filter(i -> i.projectId() == project.id()).map(IssueRef::issueType)
                .filter(DefinitionService::isImprovement).isEmpty()) {
            problems.add(Problem.field("improvementIssueId", Keys.UNKNOWN_IMPROVEMENT));
        }
        MeasurementDefinition measure = null;
        try {
            measure = new MeasurementDefinition(input.key(), input.name(), input.description(), input.unit(),
                    input.direction(), input.target(), band, input.tolerance() == null ? 0 : input.tolerance(),
                    input.baseline(), input.aggregation(), input.period(), input.source(), input.idealMeasure(),
                    input.measurableToday());
        } catch (DefinitionInvalid invalid) {
            invalid.errors().forEach(e -> problems.add(Problem.of(e)));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        String owner = input.ownerKey() == null || input.ownerKey().isBlank() ? actor() : input.ownerKey();
        return new Draft(measure, new Ownership(input.improvementIssueId(), owner));
    }

    private static void requireNumber(List<Problem> problems, String field, Double value) {
        if (value == null) {
            problems.add(Problem.field(field, Keys.REQUIRED));
        }
    }

    static boolean isImprovement(String issueType) {
        return "Improvement".equals(issueType);
    }

    private StoredDefinition stored(Supplier<StoredDefinition> write, String id) {
        try {
            return write.get();
        } catch (DefinitionNotFound gone) {
            throw notFound(id);
        } catch (ConcurrentChange changed) {
            throw ApiProblem.of(Status.CONFLICT, Keys.CONFLICT, "measurement definition");
        } catch (DuplicateMeasurementKey taken) {
            throw new ApiProblem(Status.CONFLICT.getStatusCode(), Keys.INVALID, List.of(1),
                    List.of(Problem.field("key", Keys.DUPLICATE_KEY)));
        }
    }

    private String actor() {
        return users.current().orElseThrow(() -> ApiProblem.of(Status.UNAUTHORIZED, Keys.UNAUTHORIZED)).key();
    }

    static ApiProblem notFound(String id) {
        return ApiProblem.of(Status.NOT_FOUND, Keys.NOT_FOUND, "measurement definition", String.valueOf(id));
    }

    static java.util.Optional<Integer> parseId(String text) {
        if (text == null || text.length() > 9 || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(text));
    }

    private record Draft(MeasurementDefinition measure, Ownership ownership) {
    }
}
