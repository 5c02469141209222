package io.csiloop.port;

/**
 * A host issue as the app needs to know it: identity, project, what kind of issue it is and where it stands.
 *
 * @param issueType the issue type's name, e.g. "Improvement"
 * @param status    the status's name, e.g. "Collect data"
 */
public record IssueRef(long id, String key, long projectId, String summary, String issueType, String status) {
}
