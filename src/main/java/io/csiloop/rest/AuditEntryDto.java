package io.csiloop.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.AuditEntry;

import java.util.List;

/**
 * One change of a measurement definition.
 *
 * @param before the definition before the change, as a JSON object; null for a creation
 * @param after the definition after it; null for a deletion
 */
public record AuditEntryDto(int version, AuditAction action, String changedBy, String changedAt,
        @JsonRawValue String before, @JsonRawValue String after) implements JsonBody {

    static AuditEntryDto of(AuditEntry entry) {
        return new AuditEntryDto(entry.version(), entry.action(), entry.changedBy(), entry.changedAt().toString(),
                entry.before(), entry.after());
    }

    /** A definition's changes, oldest first. */
    public record ListDto(List<AuditEntryDto> entries) implements JsonBody {
    }
}
