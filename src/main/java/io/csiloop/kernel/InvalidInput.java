package io.csiloop.kernel;


import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused with all of its field errors at once. The exception message lists the fields and
 * keys for logs only; users see the messages the keys stand for.
 */
public abstract class InvalidInput extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected InvalidInput(String what, List<FieldError> errors) {
        super(what + ": " + errors.stream()
                .map(e -> e.field() + " " + e.messageKey() + e.params())
                .collect(Collectors.joining(", ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every error found, in field order; never empty. */
    public List<FieldError> errors() {
        return errors;
    }
}
