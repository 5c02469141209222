package io.csiloop.measure;


import java.time.Instant;

/**
 * A measurement definition as stored: the measure with its identity, project, ownership and version.
 *
 * @param id the store's id, positive
 * @param projectId the Jira project the measure belongs to; never changes
 * @param ownership the owning improvement and the responsible user
 * @param definition the measure itself
 * @param version 1 when created, one more on every change
 * @param createdAt when it was created
 * @param updatedAt when it last changed (equal to {@code createdAt} until then)
 */
public record StoredDefinition(int id, long projectId, Ownership ownership, MeasurementDefinition definition,
        int version, Instant createdAt, Instant updatedAt) {
}
