package io.csiloop.application.measure;

import io.csiloop.kernel.FieldError;

import java.util.List;
import java.util.Objects;

/**
 * One reason a CSV file, or a line of it, was refused: a {@link FieldError} that also says where.
 *
 * @param field the offending column; null for the line or the file as a whole
 * @param line the 1-based line (the header is line 1); null for the file as a whole
 * @param messageKey the i18n key of the English message in {@code i18n/csiloop.properties}; never null
 * @param params the message's arguments
 */
public record CsvError(String field, Long line, String messageKey, List<Object> params) {

    public CsvError {
        Objects.requireNonNull(messageKey, "messageKey");
        params = List.copyOf(params);
    }

    /** A field error found on a line. */
    static CsvError atLine(long line, FieldError error) {
        return new CsvError(error.field(), line, error.messageKey(), error.params());
    }

    /** An error of a line, or of a column the header names. */
    static CsvError atLine(long line, String field, String messageKey, Object... params) {
        return new CsvError(field, line, messageKey, List.of(params));
    }

    /** An error of the file as a whole. */
    static CsvError ofFile(String messageKey, Object... params) {
        return new CsvError(null, null, messageKey, List.of(params));
    }
}
