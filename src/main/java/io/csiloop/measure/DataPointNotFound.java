package io.csiloop.measure;

import java.util.NoSuchElementException;

/** A data point that the definition does not have (or no longer has: it was deleted meanwhile). */
public final class DataPointNotFound extends NoSuchElementException {

    private static final long serialVersionUID = 1L;

    private final int pointId;

    public DataPointNotFound(int definitionId, int pointId) {
        super("measurement definition " + definitionId + " has no data point " + pointId);
        this.pointId = pointId;
    }

    public int pointId() {
        return pointId;
    }
}
