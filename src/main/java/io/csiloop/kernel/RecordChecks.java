package io.csiloop.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one collector of field errors: every check of one input (a record's components, a repository's arguments, a
 * settings form, a request's parameters) adds what it finds here, and the input is refused once, with all of them.
 * The checks every layer shares are here too; a check of one domain stays in that domain and adds its errors here
 * ({@link #add}). Messages reuse the measurement package's keys where the meaning is the same.
 */
public final class RecordChecks {

    public static final String REQUIRED = "csiloop.measure.error.required";
    public static final String TOO_LONG = "csiloop.measure.error.tooLong";
    public static final String NOT_FINITE = "csiloop.measure.error.notFinite";
    public static final String NEGATIVE = "csiloop.measure.error.negative";
    public static final String NOT_POSITIVE = "csiloop.store.error.notPositive";
    public static final String TOKEN_FORMAT = "csiloop.store.error.tokenFormat";
    public static final String EMPTY_PERIOD = "csiloop.store.error.emptyPeriod";
    public static final String VALUE_WITHOUT_DATA = "csiloop.store.error.valueStatusMismatch";
    public static final String DUPLICATE_ITEM = "csiloop.store.error.duplicateItem";

    /** A user key or other short identifier; Jira's user keys fit in 255. */
    public static final int SHORT_TEXT = 255;
    /** Upper-case letters, digits and underscores, starting with a letter: an enum constant's name. */
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final List<FieldError> errors;
    private final String prefix;

    public RecordChecks() {
        this(new ArrayList<>(), "");
    }

    private RecordChecks(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** The same checks for a nested input: its errors name their field after {@code prefix}, e.g. {@code points[3].}. */
    public RecordChecks within(String nested) {
        return new RecordChecks(errors, prefix + nested);
    }

    /** Adds an error that no other check here expresses. */
    public RecordChecks add(String field, String messageKey, Object... params) {
        errors.add(FieldError.of(prefix + field, messageKey, params));
        return this;
    }

    public RecordChecks required(String field, Object value) {
        return value == null ? add(field, REQUIRED) : this;
    }

    /** A text that must be present and not blank, of at most {@code maxLength} characters. */
    public RecordChecks requiredText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? add(field, REQUIRED) : optionalText(field, value, maxLength);
    }

    public RecordChecks optionalText(String field, String value, int maxLength) {
        return value != null && value.length() > maxLength ? add(field, TOO_LONG, maxLength) : this;
    }

    public RecordChecks notNegative(String field, long value) {
        return value < 0 ? add(field, NEGATIVE) : this;
    }

    public RecordChecks positive(String field, long value) {
        return value <= 0 ? add(field, NOT_POSITIVE) : this;
    }

    /** A number that may be absent but, when present, is neither NaN nor infinite. */
    public RecordChecks finite(String field, Double value) {
        return value != null && !Double.isFinite(value) ? add(field, NOT_FINITE) : this;
    }

    /** Tokens such as {@code ORGANIZATIONS_AND_PEOPLE}, each at most {@code maxLength} characters. */
    public RecordChecks tokens(String field, Collection<String> tokens, int maxLength) {
        boolean valid = tokens.stream().allMatch(t -> t != null && t.length() <= maxLength && TOKEN.matcher(t).matches());
        return valid ? this : add(field, TOKEN_FORMAT, maxLength);
    }

    /** Whether any check so far found an error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Every error found so far, in the order found. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * Throws the refusal made from every error collected, if there is any: each domain refuses with its own
     * exception ({@code DefinitionInvalid::new}, {@code AutomationInvalid::new}...).
     */
    public void orThrow(Function<List<FieldError>, ? extends RuntimeException> refusal) {
        if (hasErrors()) {
            throw refusal.apply(errors());
        }
    }

    /** Throws {@link InvalidRecord} with every error collected, if there is any: input to a repository. */
    public void orRefuse(String what) {
        orThrow(found -> new InvalidRecord(what, found));
    }
}
