package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import net.java.ao.DBParam;

import java.util.ArrayList;
import java.util.List;

/** Appends to the definition audit log; called only inside the transaction of the change it records. */
final class AuditLog {

    private AuditLog() {
    }

    /**
     * Logs one change. The unique (definition, version) index makes this insert fail for the second of two
     * writers that changed the same version, so that writer's whole transaction rolls back.
     */
    static void append(ActiveObjects ao, StoredDefinition changed, AuditAction action, String actor, long at,
            String before, String after) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("DEFINITION_ID", changed.id()),
                new DBParam("PROJECT_ID", changed.projectId()),
                new DBParam("VERSION", changed.version()),
                new DBParam("CHANGE_ACTION", action.name()),
                new DBParam("CHANGED_BY", actor),
                new DBParam("CHANGED_AT_MILLIS", at)));
        if (before != null) {
            params.add(new DBParam("BEFORE_TEXT", before));
        }
        if (after != null) {
            params.add(new DBParam("AFTER_TEXT", after));
        }
        ao.create(DefinitionAuditEntity.class, params.toArray(DBParam[]::new));
    }
}
