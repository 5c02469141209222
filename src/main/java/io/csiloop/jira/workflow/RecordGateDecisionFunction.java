package io.csiloop.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;

import java.util.Map;

/**
 * Records that the issue passed its gate ({@code csiloop.gate}), by whom and when, after the transition moved
 * it: the audit trail of every gate decision, per cycle for an improvement.
 */
public final class RecordGateDecisionFunction implements FunctionProvider {

    /** Who a transition run without a logged-in user (an automation, a service) is recorded as. */
    static final String NO_USER = "anonymous";

    private final GateReviews reviews;
    private final Users users;

    public RecordGateDecisionFunction(GateReviews reviews, Users users) {
        this.reviews = reviews;
        this.users = users;
    }

    @Override
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        long issueId = WorkflowInputs.issue(transientVars).getId();
        String actor = users.current().map(UserRef::key).orElse(NO_USER);
        reviews.recordPassage(issueId, WorkflowInputs.gateId(args), actor);
    }
}
