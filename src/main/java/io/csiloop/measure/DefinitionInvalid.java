package io.csiloop.measure;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidInput;

import java.util.List;

/** A {@link MeasurementDefinition} refused, with every field error found. */
public final class DefinitionInvalid extends InvalidInput {

    private static final long serialVersionUID = 1L;

    public DefinitionInvalid(List<FieldError> errors) {
        super("invalid measurement definition", errors);
    }
}
