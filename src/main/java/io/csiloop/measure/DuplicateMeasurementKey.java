package io.csiloop.measure;

/** A measurement key that another definition of the same project already uses; nothing was written. */
public final class DuplicateMeasurementKey extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long projectId;
    private final String key;

    public DuplicateMeasurementKey(long projectId, String key, Throwable cause) {
        super("project " + projectId + " already has a measurement with key '" + key + "'", cause);
        this.projectId = projectId;
        this.key = key;
    }

    public long projectId() {
        return projectId;
    }

    public String key() {
        return key;
    }
}
