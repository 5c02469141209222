package io.csiloop.jira.host;

import io.csiloop.store.ReportingZone;
import java.time.ZoneId;

/**
 * The store's reporting zone inside Jira, declared in the plugin context through the static factory
 * {@link #reportingZone()}: the JVM's default zone, which is the zone Jira falls back to for users without one.
 * Jira's configured default user time zone would be the better choice once a port offers it; the zone must not
 * change afterwards, since the store's day buckets were computed in it.
 */
public final class JiraReportingZone {

    private JiraReportingZone() {
    }

    public static ReportingZone reportingZone() {
        return new ReportingZone(ZoneId.systemDefault());
    }
}
