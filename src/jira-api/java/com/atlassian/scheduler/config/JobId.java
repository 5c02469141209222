package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only stand-in, a value class. Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html
 * ({@code of(String)} as in the published binary).
 */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
