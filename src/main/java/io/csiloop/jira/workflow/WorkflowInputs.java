package io.csiloop.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.WorkflowException;

import java.util.Map;

/**
 * What Jira hands a workflow condition, validator or function: the issue in {@code transientVars} under
 * {@code "issue"}, and the module's stored arguments in {@code args} (String values, {@code class.name} among
 * them). A workflow edited by hand can lack an argument; that is refused here with a message that says which.
 */
final class WorkflowInputs {

    /** The argument that names the gate, as docs/process-model.md fixes it. */
    static final String GATE = "csiloop.gate";

    private WorkflowInputs() {
    }

    static Issue issue(Map<?, ?> transientVars) throws WorkflowException {
        if (transientVars.get("issue") instanceof Issue issue) {
            return issue;
        }
        throw new WorkflowException("CSI Loop needs the issue of the transition, and Jira passed none");
    }

    static String gateId(Map<?, ?> args) throws WorkflowException {
        if (args.get(GATE) instanceof String gateId && !gateId.isBlank()) {
            return gateId;
        }
        throw new WorkflowException("This CSI Loop workflow module has no " + GATE + " argument: edit the "
                + "transition and choose a gate");
    }
}
