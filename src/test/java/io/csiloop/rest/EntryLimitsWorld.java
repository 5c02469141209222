package io.csiloop.rest;

import io.csiloop.host.ao.TestDatabase;

/**
 * A {@link RestWorld} on one database (the test skipped where it is not configured) with the FCR measure defined,
 * for the tests of the limits a Jira administrator sets on the data points that enter: the CSV import limits and the
 * future grace, saved with the global automation settings. Close it to close the world.
 */
final class EntryLimitsWorld implements AutoCloseable {

    final RestWorld world;
    /** FCR's data points: {@code projects/CSI/definitions/{id}/datapoints}. */
    final String points;
    private final Api jiraAdmin;

    EntryLimitsWorld(TestDatabase database) {
        world = RestWorld.onConfigured(database);
        jiraAdmin = world.api.as(Role.JIRA_ADMIN).header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
        points = "projects/CSI/definitions/" + Json.define(world.api, "FCR") + "/datapoints";
    }

    /**
     * Saves the global settings, as a Jira administrator, with these limits.
     *
     * @param members JSON members such as {@code "csvMaxRows":2}; empty keeps every limit's default
     */
    Api.Reply saveLimits(String members) {
        return jiraAdmin.put("automation/settings", "{\"schedule\":\"INTERVAL\",\"intervalMinutes\":60,"
                + "\"timeZone\":\"UTC\",\"autoRaise\":false" + (members.isEmpty() ? "" : "," + members) + "}");
    }

    @Override
    public void close() {
        world.close();
    }
}
