package io.csiloop.kernel;

import java.util.List;
import java.util.Objects;

/**
 * One reason why an input was refused.
 *
 * @param field the name of the offending field, as the record component or JSON property is named
 *     (nested fields with a dot, e.g. {@code band.low}); never null
 * @param messageKey the i18n key of its message in the app's bundles ({@link EnglishMessages}); never null
 * @param params the message's arguments, {@code {0}}, {@code {1}}... in order; never null, may be empty
 */
public record FieldError(String field, String messageKey, List<Object> params) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        params = List.copyOf(params);
    }

    /** A field error whose message takes the given arguments. */
    public static FieldError of(String field, String messageKey, Object... params) {
        return new FieldError(field, messageKey, List.of(params));
    }
}
