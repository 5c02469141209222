package io.csiloop.port;

/**
 * Something enabling cannot do safely on its own: the issue type is already mapped to another workflow in a
 * project that has issues, so the change needs the host's status migration (Jira's workflow scheme editor).
 *
 * @param issueType       the issue type's name
 * @param currentWorkflow the workflow it is mapped to now
 * @param schemeName      the workflow scheme that maps it
 */
public record SetupBlocker(String issueType, String currentWorkflow, String schemeName) {
}
