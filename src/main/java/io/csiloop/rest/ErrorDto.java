package io.csiloop.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every refused request: the HTTP status, one sentence for people, and each error found.
 * A 4xx lists every error of the request at once (all fields of a definition, all bad lines of a CSV file).
 *
 * @param status the HTTP status code, repeated for clients that only see the body
 * @param message what went wrong as a whole, in English
 * @param errors the single errors; empty when there is nothing more specific to say
 */
public record ErrorDto(int status, String message, List<ErrorItemDto> errors) implements JsonBody {

    public ErrorDto {
        errors = List.copyOf(errors);
    }

    /**
     * One error.
     *
     * @param field the offending field (JSON property path such as {@code band.low} or {@code points[3].value},
     *     a query parameter, or a CSV column); absent when the error concerns the request as a whole
     * @param line the 1-based line of a CSV file, the header being line 1; absent outside CSV
     * @param key the i18n key of the message ({@code measure.FieldError} keys and {@code csiloop.rest.error.*}),
     *     for clients that translate
     * @param message the English message the key stands for, its parameters filled in
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorItemDto(String field, Long line, String key, String message) implements JsonBody {
    }
}
