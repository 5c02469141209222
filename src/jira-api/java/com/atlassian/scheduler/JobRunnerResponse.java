package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

import java.util.Objects;

/**
 * Compile-only stand-in, a value class with the published behaviour. Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html
 * ({@code aborted} and {@code failed(String)} insist on a message).
 */
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, required(message));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, required(message));
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, cause.toString());
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    private static String required(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified");
        }
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerResponse other && runOutcome == other.runOutcome
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[" + runOutcome + "," + message + "]";
    }
}
