package io.csiloop.application.measure;

import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.FieldError;
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
import io.csiloop.port.AccessDenied;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.util.ArrayList;
import java.util.List;

/**
 * The measurement definitions of a project: found only within the project asked about (another project's
 * definition is "not found"), checked with every error at once, and written with the version the caller read,
 * by the current user. Who may do this is the caller's check (reading needs Browse Projects, writing Administer
 * Projects); the store writes each change together with its audit entry.
 */
public final class ProjectMeasures {

    /** The key of "no Improvement issue with this id in the project" (a message of the REST API's section). */
    static final String UNKNOWN_IMPROVEMENT = "csiloop.rest.error.unknownImprovement";
    private static final String REQUIRED = "csiloop.measure.error.required";

    private final MeasurementDefinitions definitions;
    private final DefinitionAudit audit;
    private final Issues issues;
    private final Users users;
    private final ProcessNames names;

    public ProjectMeasures(MeasurementDefinitions definitions, DefinitionAudit audit, Issues issues, Users users,
            ProcessNames names) {
        this.definitions = definitions;
        this.audit = audit;
        this.issues = issues;
        this.users = users;
        this.names = names;
    }

    /** The project's definitions, ordered by key. */
    public List<StoredDefinition> ofProject(long projectId) {
        return definitions.ofProject(projectId);
    }

    /** The definitions an Improvement issue owns, ordered by key (its panel's and its scorecard's measures). */
    public List<StoredDefinition> ofImprovement(long improvementIssueId) {
        return definitions.ofImprovement(improvementIssueId);
    }

    /**
     * The definition with the id, if it belongs to the project.
     *
     * @throws DefinitionNotFound when there is none, or it is another project's
     */
    public StoredDefinition inProject(long projectId, int id) {
        return definitions.find(id).filter(d -> d.projectId() == projectId)
                .orElseThrow(() -> new DefinitionNotFound(id));
    }

    /**
     * Defines a new measure of the project at version 1.
     *
     * @throws DefinitionInvalid with every error of the input; nothing is written then
     * @throws DuplicateMeasurementKey when another definition of the project has the key
     */
    public StoredDefinition create(long projectId, DefinitionInput input) {
        Draft draft = draft(projectId, input, false);
        return definitions.create(projectId, draft.ownership(), draft.measure(), actor(projectId));
    }

    /**
     * Replaces the definition at the version the caller read.
     *
     * @throws DefinitionNotFound when it is not the project's, or was deleted meanwhile
     * @throws DefinitionInvalid with every error of the input, the version too
     * @throws ConcurrentChange when the stored version is no longer the one read
     * @throws DuplicateMeasurementKey when another definition of the project has the new key
     */
    public StoredDefinition update(long projectId, int id, DefinitionInput input) {
        StoredDefinition current = inProject(projectId, id);
        Draft draft = draft(projectId, input, true);
        return definitions.update(current.id(), input.version(), draft.ownership(), draft.measure(),
                actor(projectId));
    }

    /**
     * Deletes the definition at the version the caller read, with its data points and snapshots; its change log
     * stays.
     *
     * @throws DefinitionNotFound when it is not the project's, or was deleted meanwhile
     * @throws ConcurrentChange when the stored version is no longer the one read
     */
    public void delete(long projectId, int id, int version) {
        StoredDefinition current = inProject(projectId, id);
        definitions.delete(current.id(), version, actor(projectId));
    }

    /**
     * The change log of a definition of the project, oldest first; kept after its deletion too (its entries name
     * the project).
     *
     * @throws DefinitionNotFound when the project never had the definition
     */
    public List<AuditEntry> history(long projectId, int id) {
        List<AuditEntry> entries = audit.history(id).stream().filter(e -> e.projectId() == projectId).toList();
        if (entries.isEmpty()) {
            throw new DefinitionNotFound(id);
        }
        return entries;
    }

    /** The measure and its ownership, or every error of the input at once. */
    private Draft draft(long projectId, DefinitionInput input, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (replacing && input.version() == null) {
            errors.add(FieldError.of("version", REQUIRED));
        }
        Band band = null;
        if (input.band() != null) {
            requireNumber(errors, "band.low", input.band().low());
            requireNumber(errors, "band.high", input.band().high());
            if (input.band().low() != null && input.band().high() != null) {
                band = new Band(input.band().low(), input.band().high());
            }
        }
        if (input.improvementIssueId() != null && issues.byId(input.improvementIssueId())
                .filter(i -> i.projectId() == projectId).filter(names::isImprovement).isEmpty()) {
            errors.add(FieldError.of("improvementIssueId", UNKNOWN_IMPROVEMENT));
        }
        MeasurementDefinition measure = null;
        try {
            measure = new MeasurementDefinition(input.key(), input.name(), input.description(), input.unit(),
                    input.direction(), input.target(), band, input.tolerance() == null ? 0 : input.tolerance(),
                    input.baseline(), input.aggregation(), input.period(), input.source(), input.idealMeasure(),
                    input.measurableToday(), input.validMin(), input.validMax(), input.ruleProfile(),
                    Boolean.TRUE.equals(input.screening()), input.baselinePeriods() == null
                            ? MeasurementDefinition.BASELINE_PERIODS_DEFAULT : input.baselinePeriods());
        } catch (DefinitionInvalid invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new DefinitionInvalid(errors);
        }
        String owner = input.ownerKey() == null || input.ownerKey().isBlank() ? actor(projectId) : input.ownerKey();
        return new Draft(measure, new Ownership(input.improvementIssueId(), owner));
    }

    private static void requireNumber(List<FieldError> errors, String field, Double value) {
        if (value == null) {
            errors.add(FieldError.of(field, REQUIRED));
        }
    }

    /** Who writes: defining measures is project administration, which needs someone logged in. */
    private String actor(long projectId) {
        return users.current().map(UserRef::key)
                .orElseThrow(() -> new AccessDenied(ProjectAccess.ADMINISTER, projectId));
    }

    private record Draft(MeasurementDefinition measure, Ownership ownership) {
    }
}
