package io.csiloop.process;

import java.util.List;

/**
 * What the host knows about the work linked to an issue: the project's deliverables, or the actions
 * of an improvement. Which links count is the host's choice.
 */
@FunctionalInterface
public interface LinkedWork {

    /** The keys of the linked issues that are not resolved yet, in a stable order; empty when all are. */
    List<String> unresolvedIssueKeys();
}
