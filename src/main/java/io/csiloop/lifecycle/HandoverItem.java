package io.csiloop.lifecycle;

/** What operations must be ready for before a project hands its result over and closes. */
public enum HandoverItem implements ChecklistItem {
    REQUEST_FULFILMENT,
    INCIDENT_AND_FAILURE_HANDLING,
    ROUTINE_OPERATIONS,
    SUPPORT_MODEL;

    @Override
    public String messageFamily() {
        return "csiloop.evidence.handover";
    }
}
