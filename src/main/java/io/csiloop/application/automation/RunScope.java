package io.csiloop.application.automation;

/**
 * What one run covers: every project that follows the global schedule, or one project (which has a schedule of its
 * own, or whose run an administrator asked for, e.g. to backfill a new configuration).
 *
 * @param projectId the project, or null for every project on the global schedule
 */
public record RunScope(Long projectId) {

    /** Every project on the global schedule. */
    public static final RunScope GLOBAL = new RunScope(null);

    public static RunScope project(long projectId) {
        return new RunScope(projectId);
    }

    public boolean global() {
        return projectId == null;
    }

    /** The cluster lock that keeps two runs off the same project at once. */
    public static String lockName(long projectId) {
        return "io.csiloop.jira.automation.project." + projectId;
    }
}
