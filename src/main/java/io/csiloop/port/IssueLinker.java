package io.csiloop.port;

/**
 * Links two issues in the host, as a user: in Jira an issue link of the type "Relates", outward from the first issue.
 */
public interface IssueLinker {

    /**
     * @throws RaiseRefused when the host refuses the link (no such link type, linking turned off, no permission)
     */
    void link(long fromIssueId, long toIssueId, String actorKey);

    /** Whether a link can be made at all, asked before anything is created; the reason when not, else empty. */
    java.util.Optional<String> unavailable();
}
