package io.csiloop.application.measure;

import java.util.List;

/**
 * A CSV import refused, with the errors of its first bad lines by number and, where there were more, one that
 * counts the rest. Nothing was recorded.
 */
public final class CsvInvalid extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvError> errors;

    public CsvInvalid(List<CsvError> errors) {
        super("invalid CSV import: " + errors.size() + " errors listed");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused import has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** The errors listed, in line order; never empty. */
    public List<CsvError> errors() {
        return errors;
    }
}
