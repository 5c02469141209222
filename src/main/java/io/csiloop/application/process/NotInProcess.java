package io.csiloop.application.process;

import io.csiloop.port.IssueRef;

import java.util.Optional;

/**
 * A request about an issue's process that does not fit the issue: the issue is not of the CSI Loop type asked for,
 * or the gate named is not one of its workflow's. Nothing was read or written; the REST API answers 404, as for
 * anything else that is not there.
 */
public final class NotInProcess extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<CsiLoopIssueType> expectedType;
    private final String name;

    private NotInProcess(String message, Optional<CsiLoopIssueType> expectedType, String name) {
        super(message, null, false, false); // a refusal, not a failure: no stack trace
        this.expectedType = expectedType;
        this.name = name;
    }

    /** The issue is not of the type the request is about. */
    public static NotInProcess issue(IssueRef issue, CsiLoopIssueType expected) {
        return new NotInProcess(issue.key() + " is no " + expected, Optional.of(expected), issue.key());
    }

    /** The gate is not one of the issue's workflow. */
    public static NotInProcess gate(IssueRef issue, String gateId) {
        return new NotInProcess("the workflow of " + issue.key() + " has no gate " + gateId, Optional.empty(), gateId);
    }

    /** The issue type asked for; empty when the gate is what is not there. */
    public Optional<CsiLoopIssueType> expectedType() {
        return expectedType;
    }

    /** What is not there: the issue's key, or the gate's id. */
    public String name() {
        return name;
    }
}
