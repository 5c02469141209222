package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.AuditEntry;
import io.csiloop.measure.DefinitionAudit;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** {@link DefinitionAudit} over Active Objects. */
public final class AoDefinitionAudit implements DefinitionAudit {

    private final ActiveObjects ao;

    public AoDefinitionAudit(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<AuditEntry> history(int definitionId) {
        return read(Query.select().where("DEFINITION_ID = ?", definitionId).order("VERSION ASC"));
    }

    @Override
    public List<AuditEntry> ofProject(long projectId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return read(Query.select().where("PROJECT_ID = ?", projectId).order("ID DESC").limit(limit));
    }

    private List<AuditEntry> read(Query query) {
        return Arrays.stream(ao.find(DefinitionAuditEntity.class, query))
                .map(e -> new AuditEntry(e.getDefinitionId(), e.getProjectId(), e.getVersion(),
                        AuditAction.valueOf(e.getChangeAction()), e.getChangedBy(),
                        Instant.ofEpochMilli(e.getChangedAtMillis()),
                        e.getBeforeText(), e.getAfterText()))
                .toList();
    }
}
