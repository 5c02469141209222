package com.atlassian.scheduler;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html
 * (a checked exception; {@code com.atlassian.scheduler.cron.CronSyntaxException} extends it).
 */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
