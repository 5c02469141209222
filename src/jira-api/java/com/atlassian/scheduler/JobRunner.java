package com.atlassian.scheduler;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html
 * (a null response means success).
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
