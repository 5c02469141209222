package io.csiloop.measure;

import io.csiloop.kernel.Repository;

import java.util.List;

/**
 * The log of every change to a measurement definition, written by {@link MeasurementDefinitions} in the same
 * transaction as the change itself. Read-only here; it survives the deletion of the definition.
 */
@Repository
public interface DefinitionAudit {

    /** The changes of one definition, oldest first (ascending version). */
    List<AuditEntry> history(int definitionId);

    /** The latest {@code limit} changes of a project's definitions, newest first. */
    List<AuditEntry> ofProject(long projectId, int limit);
}
