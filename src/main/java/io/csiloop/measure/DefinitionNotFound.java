package io.csiloop.measure;

import java.util.NoSuchElementException;

/** A measurement definition that does not exist (or no longer does: it was deleted meanwhile). */
public final class DefinitionNotFound extends NoSuchElementException {

    private static final long serialVersionUID = 1L;

    private final int definitionId;

    public DefinitionNotFound(int definitionId) {
        super("measurement definition " + definitionId + " does not exist");
        this.definitionId = definitionId;
    }

    public int definitionId() {
        return definitionId;
    }
}
