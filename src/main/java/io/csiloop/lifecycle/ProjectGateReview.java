package io.csiloop.lifecycle;

import io.csiloop.process.LinkedWork;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * What a lifecycle gate looks at: the recorded evidence, the linked work as the host sees it, and
 * whether the administrator wants linked work resolved before a project moves on to Closing.
 *
 * @param evidence                 the project's recorded evidence
 * @param linkedWork               the project's linked work
 * @param linkedWorkMustBeResolved the configurable check at Monitor &amp; Control's exit (an app setting)
 */
public record ProjectGateReview(ProjectEvidence evidence, LinkedWork linkedWork, boolean linkedWorkMustBeResolved) {

    public ProjectGateReview {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(linkedWork, "linkedWork");
    }

    /** Each unresolved linked issue, when the check is on; asks the host nothing when it is off. */
    List<MissingEvidence> unresolvedLinkedWork() {
        if (!linkedWorkMustBeResolved) {
            return List.of();
        }
        return linkedWork.unresolvedIssueKeys().stream().map(ProjectCheck.LINKED_WORK_RESOLVED::failed).toList();
    }
}
