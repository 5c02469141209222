package io.csiloop.measure;

/** What a change did to a measurement definition. */
public enum AuditAction {
    CREATED,
    UPDATED,
    DELETED
}
