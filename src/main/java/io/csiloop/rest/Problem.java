package io.csiloop.rest;

import io.csiloop.kernel.FieldError;

import java.util.List;
import java.util.Objects;

/**
 * One reason a request was refused, still as an i18n key: {@link ApiMessages} turns it into text when the
 * error body is written. It extends {@link FieldError} by a CSV line and by errors of the request as a whole.
 *
 * @param field the offending field, query parameter or CSV column; null for the request as a whole
 * @param line the 1-based CSV line (header = 1); null outside CSV
 * @param messageKey the i18n key; never null
 * @param params the message's arguments
 */
public record Problem(String field, Long line, String messageKey, List<Object> params) {

    public Problem {
        Objects.requireNonNull(messageKey, "messageKey");
        params = List.copyOf(params);
    }

    /** A domain field error as it stands. */
    public static Problem of(FieldError error) {
        return new Problem(error.field(), null, error.messageKey(), error.params());
    }

    /** A domain field error found on a CSV line. */
    public static Problem atLine(long line, FieldError error) {
        return new Problem(error.field(), line, error.messageKey(), error.params());
    }

    /** An error of one field or parameter. */
    public static Problem field(String field, String messageKey, Object... params) {
        return new Problem(field, null, messageKey, List.of(params));
    }

    /** An error of the request as a whole. */
    public static Problem general(String messageKey, Object... params) {
        return new Problem(null, null, messageKey, List.of(params));
    }
}
