package io.csiloop.port;

/** The moment in an issue's life that places it in a time window. */
public enum IssueEvent {
    /** When the issue was created. */
    CREATED,
    /** When the issue was resolved (unresolved issues have none). */
    RESOLVED
}
