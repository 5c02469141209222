package io.csiloop.rest;

import io.csiloop.kernel.FieldError;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * A request refused with a 4xx status (or 503: the app is not set up yet), a summary and its single
 * {@link Problem}s; {@link ApiProblemMapper}
 * writes it as an {@link ErrorDto}. Thrown before anything is written, so a refused request changes nothing.
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String summaryKey;
    private final transient List<Object> summaryParams;
    private final transient List<Problem> problems;

    public ApiProblem(int status, String summaryKey, List<Object> summaryParams, List<Problem> problems) {
        super(status + " " + summaryKey, null, false, false); // control flow, not a failure: no stack trace
        if ((status < 400 || status > 499) && status != 503) {
            throw new IllegalArgumentException("an API problem is a 4xx, or a 503 for a service not ready: " + status);
        }
        this.status = status;
        this.summaryKey = summaryKey;
        this.summaryParams = List.copyOf(summaryParams);
        this.problems = List.copyOf(problems);
    }

    /** 400 listing every problem of the input. */
    public static ApiProblem invalid(List<Problem> problems) {
        return new ApiProblem(Status.BAD_REQUEST.getStatusCode(), Keys.INVALID, List.of(problems.size()), problems);
    }

    /** 400 from the domain's field errors. */
    public static ApiProblem invalidFields(List<FieldError> errors) {
        return invalid(errors.stream().map(Problem::of).toList());
    }

    /** A status with only a summary. */
    public static ApiProblem of(Status status, String summaryKey, Object... params) {
        return new ApiProblem(status.getStatusCode(), summaryKey, List.of(params), List.of());
    }

    public int status() {
        return status;
    }

    public String summaryKey() {
        return summaryKey;
    }

    public List<Object> summaryParams() {
        return summaryParams;
    }

    public List<Problem> problems() {
        return problems;
    }
}
