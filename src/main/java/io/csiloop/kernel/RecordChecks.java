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
    public static final String OUT_OF_RANGE = "csiloop.measure.error.outOfRange";
    public static final String BAD_CHARACTER = "csiloop.measure.error.badCharacter";
    public static final String NOT_ONE_OF = "csiloop.rest.error.oneOf";
    public static final String NEGATIVE = "csiloop.measure.error.negative";
    public static final String NOT_POSITIVE = "csiloop.store.error.notPositive";
    public static final String TOKEN_FORMAT = "csiloop.store.error.tokenFormat";
    public static final String EMPTY_PERIOD = "csiloop.store.error.emptyPeriod";
    public static final String VALUE_WITHOUT_DATA = "csiloop.store.error.valueStatusMismatch";
    public static final String DUPLICATE_ITEM = "csiloop.store.error.duplicateItem";

    /** A user key or other short identifier; Jira's user keys fit in 255. */
    public static final int SHORT_TEXT = 255;
    /**
     * The largest magnitude of a number the app stores (values, targets, baselines, tolerances, bands): every
     * database Jira supports keeps a double of at most 1e15 exactly to 15 significant digits, and a sum of
     * ten million of them (1e22) is still far from overflowing, so no aggregate can become infinite.
     */
    public static final double MAX_MAGNITUDE = 1e15;
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

    /**
     * A text that may be absent but, when present, has at most {@code maxLength} characters (the column's length)
     * and only characters every database and the PDF renderer take ({@link #storable}).
     */
    public RecordChecks optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        if (value.length() > maxLength) {
            return add(field, TOO_LONG, maxLength);
        }
        int bad = firstUnstorable(value);
        return bad < 0 ? this : add(field, BAD_CHARACTER, bad + 1);
    }

    /**
     * The index of the first character no text of the app may hold, or -1: NUL and the other controls XML 1.0
     * forbids (PostgreSQL refuses NUL; the packs' XHTML and PDF refuse every one of them, and a pack is
     * immutable), a lone surrogate (no database stores half a character), and the non-characters U+FFFE, U+FFFF,
     * U+FDD0 to U+FDEF and the last two code points of every plane. Tab, line feed and carriage return are text.
     */
    public static int firstUnstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = value.codePointAt(i);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return i;
                }
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every character of the text may be stored ({@link #firstUnstorable}). */
    public static boolean storable(String value) {
        return firstUnstorable(value) < 0;
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

    /**
     * A number the app stores: may be absent but, when present, finite and of a magnitude of at most
     * {@link #MAX_MAGNITUDE}.
     */
    public RecordChecks storableNumber(String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            return finite(field, value);
        }
        return Math.abs(value) > MAX_MAGNITUDE ? add(field, OUT_OF_RANGE) : this;
    }

    /** A choice of the model: absent, or one of {@code allowed}. */
    public RecordChecks oneOf(String field, String value, Collection<String> allowed) {
        return value == null || allowed.contains(value) ? this : add(field, NOT_ONE_OF, String.join(", ", allowed));
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
