package io.csiloop.port;

/**
 * The host's permission checks for the user of the current request. An anonymous caller is checked as the
 * host checks anonymous access (a project may allow anonymous browsing).
 */
public interface Access {
    /** Whether the current user may do {@code what} in the project; false for a project that does not exist. */
    boolean currentUserMay(ProjectAccess what, long projectId);
}
