package io.csiloop.kernel;


import java.util.List;

/**
 * Input to a repository refused before anything was written, with every field error found (the same shape as
 * the measurement package's refusals, so that REST maps all of them alike).
 */
public final class InvalidRecord extends InvalidInput {

    private static final long serialVersionUID = 1L;

    public InvalidRecord(String what, List<FieldError> errors) {
        super(what, errors);
    }
}
