package io.csiloop.application.automation;

import java.time.ZoneId;

/**
 * What a project sets for itself; each null value follows the global settings.
 *
 * @param projectId the project
 * @param schedule its own schedule (the project then runs as a job of its own), or null
 * @param zone its own time zone, or null
 * @param autoRaise its own switch for raising Improvements, or null
 */
public record ProjectSettings(long projectId, RunSchedule schedule, ZoneId zone, Boolean autoRaise) {

    /** A project that follows the global settings in everything. */
    public static ProjectSettings inheriting(long projectId) {
        return new ProjectSettings(projectId, null, null, null);
    }
}
