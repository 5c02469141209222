package io.csiloop.application.process;

import io.csiloop.port.IssueRef;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;

import java.util.List;
import java.util.Optional;

/**
 * Where an issue stands in its CSI Loop workflow.
 *
 * @param issue the issue
 * @param model the process model its type's workflow carries
 * @param status its status; empty when Jira's status is none of the model's (renamed, or another workflow)
 * @param transitions the transitions it may take from there, in model order; none without a status
 */
public record ProcessPlace(IssueRef issue, WorkflowModel model, Optional<WorkflowStatus> status,
                           List<TransitionAhead> transitions) {

    public ProcessPlace {
        transitions = List.copyOf(transitions);
    }
}
