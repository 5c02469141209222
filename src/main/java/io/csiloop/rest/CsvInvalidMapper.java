package io.csiloop.rest;

import io.csiloop.application.measure.CsvError;
import io.csiloop.application.measure.CsvInvalid;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A refused CSV import is a 400 listing its bad lines by number (and the column, where one is to blame). */
@Provider
public final class CsvInvalidMapper implements ExceptionMapper<CsvInvalid> {

    private final ApiMessages messages;

    @Inject
    public CsvInvalidMapper(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(CsvInvalid invalid) {
        return ApiProblemMapper.response(messages, ApiProblem.invalid(problems(invalid.errors())));
    }

    /** The import's errors as the error body lists them: the column is the field, the line is the line. */
    static List<Problem> problems(List<CsvError> errors) {
        return errors.stream().map(e -> new Problem(e.field(), e.line(), e.messageKey(), e.params())).toList();
    }
}
