package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;

import java.util.Date;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * (jira-platform.md section 14; the throws clauses as in the published binary, a decompiled copy of which the code
 * index holds). Which scheduler version Jira 11.3 ships is unconfirmed; this API has no servlet types and is
 * expected unchanged.
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);

    Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException;
}
