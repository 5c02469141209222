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
import io.csiloop.port.Access;
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
 * by the current user; the store writes each change together with its audit entry. Reading needs Browse Projects
 * (the caller's check). Writing is checked here, the one rule for the REST API and every screen:
 * <ul>
 * <li>a project administrator (Administer Projects) may define, edit, link, unlink and delete any measure of the
 * project;</li>
 * <li>a user who may edit the improvement (Edit Issues) may define a measure that belongs to it, edit and unlink
 * the measures that belong to it, and link a measure of the project to it when it belongs to no improvement or to
 * one they may edit too;</li>
 * <li>nobody else writes; deleting stays with project administrators (it deletes the measure's data).</li>
 * </ul>
 * Editing a measure never changes its link unless the edit names another improvement: an edit that names none
 * keeps the link ({@link #update}); unlinking is its own use case ({@link #unlink}).
 */
public final class ProjectMeasures {

    /** The key of "no Improvement issue with this id in the project" (a message of the REST API's section). */
    static final String UNKNOWN_IMPROVEMENT = "csiloop.rest.error.unknownImprovement";
    /** The key of "only project administrators change a measure that belongs to no improvement you may edit". */
    static final String PROJECT_MEASURE = "csiloop.rest.error.projectMeasure";
    private static final String REQUIRED = "csiloop.measure.error.required";

    private final MeasurementDefinitions definitions;
    private final DefinitionAudit audit;
    private final Issues issues;
    private final Users users;
    private final ProcessNames names;
    private final Access access;

    public ProjectMeasures(MeasurementDefinitions definitions, DefinitionAudit audit, Issues issues, Users users,
            ProcessNames names, Access access) {
        this.definitions = definitions;
        this.audit = audit;
        this.issues = issues;
        this.users = users;
        this.names = names;
        this.access = access;
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
     * Defines a new measure of the project at version 1: a project administrator any measure, a user who may edit
     * the improvement one that belongs to it.
     *
     * @throws AccessDenied when the current user may do neither
     * @throws DefinitionInvalid with every error of the input; nothing is written then
     * @throws DuplicateMeasurementKey when another definition of the project has the key
     */
    public StoredDefinition create(long projectId, DefinitionInput input) {
        requireChange(projectId, input.improvementIssueId());
        Draft draft = draft(projectId, input, false);
        return definitions.create(projectId, draft.ownership(), draft.measure(), actor(projectId));
    }

    /**
     * Replaces the definition at the version the caller read. An input that names no improvement keeps the
     * measure's link (a form that does not show the link cannot drop it); one that names an improvement links the
     * measure to it, as {@link #link} would.
     *
     * @throws AccessDenied unless the current user may change the measure (and link it to the improvement named)
     * @throws DefinitionNotFound when it is not the project's, or was deleted meanwhile
     * @throws DefinitionInvalid with every error of the input, the version too
     * @throws ConcurrentChange when the stored version is no longer the one read
     * @throws DuplicateMeasurementKey when another definition of the project has the new key
     */
    public StoredDefinition update(long projectId, int id, DefinitionInput input) {
        StoredDefinition current = inProject(projectId, id);
        Long linked = current.ownership().improvementIssueId();
        requireChange(projectId, linked);
        Long owner = input.improvementIssueId() == null ? linked : input.improvementIssueId();
        requireChange(projectId, owner);
        Draft draft = draft(projectId, input.linkedTo(owner), true);
        return definitions.update(current.id(), input.version(), draft.ownership(), draft.measure(),
                actor(projectId));
    }

    /**
     * Links the measure to an Improvement of the project, at the version the caller read; its fields and its
     * responsible user stay. A project administrator links any measure; a user who may edit the improvement links
     * one that belongs to no improvement, or to one they may edit too.
     *
     * @throws AccessDenied unless the current user may
     * @throws DefinitionNotFound when it is not the project's, or was deleted meanwhile
     * @throws DefinitionInvalid when the id is no Improvement of the project
     * @throws ConcurrentChange when the stored version is no longer the one read
     */
    public StoredDefinition link(long projectId, int id, long improvementIssueId, int version) {
        StoredDefinition current = inProject(projectId, id);
        requireChange(projectId, improvementIssueId);
        Long linked = current.ownership().improvementIssueId();
        if (linked != null) {
            requireChange(projectId, linked);
        }
        if (!isImprovementOf(projectId, improvementIssueId)) {
            throw new DefinitionInvalid(List.of(FieldError.of("improvementIssueId", UNKNOWN_IMPROVEMENT)));
        }
        return relink(current, improvementIssueId, version, projectId);
    }

    /**
     * Unlinks the measure from its improvement, at the version the caller read: it stays a measure of the project,
     * with its data. A measure that belongs to no improvement is answered as it is.
     *
     * @throws AccessDenied unless the current user may change the measure
     * @throws DefinitionNotFound when it is not the project's, or was deleted meanwhile
     * @throws ConcurrentChange when the stored version is no longer the one read
     */
    public StoredDefinition unlink(long projectId, int id, int version) {
        StoredDefinition current = inProject(projectId, id);
        Long linked = current.ownership().improvementIssueId();
        requireChange(projectId, linked);
        if (linked == null) {
            return current;
        }
        return relink(current, null, version, projectId);
    }

    /**
     * Whether the current user may change the measures that belong to the improvement (null: the project's own
     * measures): project administrators always, users who may edit the improvement for its measures.
     */
    public boolean mayChange(long projectId, Long improvementIssueId) {
        return access.currentUserMay(ProjectAccess.ADMINISTER, projectId)
                || improvementIssueId != null && mayEditImprovement(projectId);
    }

    /**
     * Deletes the definition at the version the caller read, with its data points and snapshots; its change log
     * stays. Only project administrators delete.
     *
     * @throws AccessDenied unless the current user may administer the project
     * @throws DefinitionNotFound when it is not the project's, or was deleted meanwhile
     * @throws ConcurrentChange when the stored version is no longer the one read
     */
    public void delete(long projectId, int id, int version) {
        if (!access.currentUserMay(ProjectAccess.ADMINISTER, projectId)) {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
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
        if (input.improvementIssueId() != null && !isImprovementOf(projectId, input.improvementIssueId())) {
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

    private boolean isImprovementOf(long projectId, long issueId) {
        return issues.byId(issueId).filter(i -> i.projectId() == projectId).filter(names::isImprovement).isPresent();
    }

    /** The measure with the new link, its fields and its responsible user unchanged. */
    private StoredDefinition relink(StoredDefinition current, Long improvementIssueId, int version, long projectId) {
        return definitions.update(current.id(), version,
                new Ownership(improvementIssueId, current.ownership().ownerKey()), current.definition(),
                actor(projectId));
    }

    /**
     * Refuses a change of a measure that belongs to the improvement (null: to the project) unless the current user
     * may make it: without Edit Issues, as needing it; with it, a measure of the project's own as needing
     * Administer Projects.
     */
    private void requireChange(long projectId, Long improvementIssueId) {
        if (mayChange(projectId, improvementIssueId)) {
            return;
        }
        if (!mayEditImprovement(projectId)) {
            throw new AccessDenied(ProjectAccess.EDIT, projectId);
        }
        throw new AccessDenied(ProjectAccess.ADMINISTER, projectId, PROJECT_MEASURE);
    }

    /**
     * Whether the current user may edit the project's Improvement issues: Jira's Edit Issues in the project, as the
     * gate evidence and the data points ask it (the port checks permissions per project, see docs/rest.md).
     */
    private boolean mayEditImprovement(long projectId) {
        return access.currentUserMay(ProjectAccess.EDIT, projectId);
    }

    private static void requireNumber(List<FieldError> errors, String field, Double value) {
        if (value == null) {
            errors.add(FieldError.of(field, REQUIRED));
        }
    }

    /** Who writes: changing measures needs someone logged in. */
    private String actor(long projectId) {
        return users.current().map(UserRef::key)
                .orElseThrow(() -> new AccessDenied(ProjectAccess.ADMINISTER, projectId));
    }

    private record Draft(MeasurementDefinition measure, Ownership ownership) {
    }
}
