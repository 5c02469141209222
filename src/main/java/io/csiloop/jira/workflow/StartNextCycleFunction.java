package io.csiloop.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * "Start next cycle": the improvement goes on with the next cycle number, keeping its measurements. It starts the
 * cycle after the one the issue is in as the function reads it, so two transitions that race through Jira from the
 * same cycle start the next one once: the second finds it started and leaves it.
 */
public final class StartNextCycleFunction implements FunctionProvider {

    private static final Logger LOG = LoggerFactory.getLogger(StartNextCycleFunction.class);

    private final ImprovementCycles cycles;

    public StartNextCycleFunction(ImprovementCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = WorkflowInputs.issue(transientVars);
        ImprovementCycle ending = cycles.current(issue.getId());
        if (!cycles.startNext(issue.getId(), issue.getProjectId(), ending)) {
            // Not an error for the user: the transition's work, the next cycle, is done, once.
            LOG.info("{}: cycle {} was ended by a concurrent transition", issue.getKey(), ending.number());
        }
    }
}
