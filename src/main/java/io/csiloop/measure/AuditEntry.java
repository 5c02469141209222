package io.csiloop.measure;

import java.time.Instant;

/**
 * One change of a measurement definition.
 *
 * @param definitionId the definition changed (it may no longer exist)
 * @param projectId its project
 * @param version the version the change produced: 1 for the creation, one more per change, the deletion too
 * @param action what the change did
 * @param changedBy the user key of who changed it
 * @param changedAt when
 * @param before the definition before the change as a JSON object; null for a creation
 * @param after the definition after the change as a JSON object; null for a deletion
 */
public record AuditEntry(int definitionId, long projectId, int version, AuditAction action, String changedBy,
        Instant changedAt, String before, String after) {
}
