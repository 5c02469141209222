package io.csiloop.measure;

import io.csiloop.kernel.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors so that one pass over an input reports all of them, not just the first. */
final class FieldChecks {

    static final String REQUIRED = "csiloop.measure.error.required";
    static final String TOO_LONG = "csiloop.measure.error.tooLong";
    static final String FORMAT = "csiloop.measure.error.keyFormat";
    static final String NOT_FINITE = "csiloop.measure.error.notFinite";
    static final String NEGATIVE = "csiloop.measure.error.negative";

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String messageKey, Object... params) {
        errors.add(FieldError.of(field, messageKey, params));
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, REQUIRED);
        }
    }

    /** A text that must be present and not blank, of at most {@code maxLength} characters. */
    void requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, REQUIRED);
        } else {
            optionalText(field, value, maxLength);
        }
    }

    void optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, TOO_LONG, maxLength);
        }
    }

    void matches(String field, String value, Pattern pattern) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            add(field, FORMAT);
        }
    }

    /** A number that may be absent but, when present, is neither NaN nor infinite. */
    boolean finite(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            add(field, NOT_FINITE);
            return false;
        }
        return value != null;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<FieldError> errors() {
        return errors;
    }
}
