package io.csiloop.port;

/** The host's global permission checks for the user of the current request. */
public interface GlobalAccess {

    /** Whether the current user administers the host (Jira's "Administer Jira", which system administrators have). */
    boolean currentUserIsAdministrator();
}
