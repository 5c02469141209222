package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Compile-only stand-in, a value class. Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
 * (defaults as in the published binary: run once per cluster, run once as soon as possible, no parameters).
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule,
            Map<String, Serializable> parameters) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.runOnce(null);
        this.parameters = parameters;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), null, null, Map.of());
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters == null ? Map.of() : Map.copyOf(parameters));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobConfig other && jobRunnerKey.equals(other.jobRunnerKey) && runMode == other.runMode
                && schedule.equals(other.schedule) && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public String toString() {
        return "JobConfig[" + jobRunnerKey + "," + runMode + "," + schedule + "," + parameters + "]";
    }
}
