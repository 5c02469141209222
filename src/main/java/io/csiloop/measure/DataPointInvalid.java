package io.csiloop.measure;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidInput;

import java.util.List;

/** A {@link DataPoint} refused, with every field error found. */
public final class DataPointInvalid extends InvalidInput {

    private static final long serialVersionUID = 1L;

    public DataPointInvalid(List<FieldError> errors) {
        super("invalid data point", errors);
    }
}
