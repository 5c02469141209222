package io.csiloop.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.GateReviews;

import java.util.Map;

/**
 * "CSI Loop gate met": hides a transition while its gate is not passed. Optional per transition: where it is
 * added, users see the transition only once the evidence is complete; the validator still explains a refusal
 * wherever the condition is left out.
 */
public final class GateCondition implements Condition {

    private final GateReviews reviews;

    public GateCondition(GateReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        long issueId = WorkflowInputs.issue(transientVars).getId();
        return reviews.evaluate(issueId, WorkflowInputs.gateId(args)).passed();
    }
}
