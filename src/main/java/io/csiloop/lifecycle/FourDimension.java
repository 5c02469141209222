package io.csiloop.lifecycle;

/**
 * The four dimensions of service management. A plan considers every one of them, so that no side of
 * the service is forgotten.
 */
public enum FourDimension implements ChecklistItem {
    ORGANIZATIONS_AND_PEOPLE,
    INFORMATION_AND_TECHNOLOGY,
    PARTNERS_AND_SUPPLIERS,
    VALUE_STREAMS_AND_PROCESSES;

    @Override
    public String messageFamily() {
        return "csiloop.evidence.dimension";
    }
}
