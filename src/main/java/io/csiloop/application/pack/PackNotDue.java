package io.csiloop.application.pack;

import io.csiloop.port.IssueRef;

/**
 * "Produce pack" asked of an improvement before step 6, Present the knowledge: the pack is what step 6 presents,
 * so before it there is no knowledge to present and a pack would pass as step 6's evidence too early.
 */
public final class PackNotDue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient IssueRef issue;

    public PackNotDue(IssueRef issue) {
        super(issue.key() + " is at \"" + issue.status() + "\": its stakeholder pack is produced from step 6 on");
        this.issue = issue;
    }

    /** The improvement, with the status it is in. */
    public IssueRef issue() {
        return issue;
    }
}
