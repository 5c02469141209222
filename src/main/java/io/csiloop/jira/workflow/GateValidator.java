package io.csiloop.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.kernel.MessageSource;
import io.csiloop.process.GateVerdict;

import java.util.Map;

/**
 * The "CSI Loop gate" validator: refuses a transition while its gate ({@code csiloop.gate}) is not passed.
 * The refusal names the gate and lists every missing item in the user's language, one a line, so that the
 * user sees everything still to do at once.
 */
public final class GateValidator implements Validator {

    private final GateReviews reviews;
    private final MessageSource messages;

    public GateValidator(GateReviews reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @Override
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException {
        Issue issue = WorkflowInputs.issue(transientVars);
        GateVerdict verdict = reviews.evaluate(issue.getId(), WorkflowInputs.gateId(args));
        if (!verdict.passed()) {
            throw new InvalidInputException(String.join("\n", verdict.refusal(messages)));
        }
    }
}
