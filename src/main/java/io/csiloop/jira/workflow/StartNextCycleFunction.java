package io.csiloop.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.ImprovementCycles;

import java.util.Map;

/** "Start next cycle": the improvement goes on with the next cycle number, keeping its measurements. */
public final class StartNextCycleFunction implements FunctionProvider {

    private final ImprovementCycles cycles;

    public StartNextCycleFunction(ImprovementCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = WorkflowInputs.issue(transientVars);
        cycles.startNext(issue.getId(), issue.getProjectId());
    }
}
