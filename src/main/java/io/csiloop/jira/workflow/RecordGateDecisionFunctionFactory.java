package io.csiloop.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import io.csiloop.kernel.MessageSource;

/** The workflow editor's factory of the post-function that records a gate decision (RecordGateDecisionFunction): the gate to check, chosen from both process models. */
public final class RecordGateDecisionFunctionFactory extends GateParameterFactory implements WorkflowPluginFunctionFactory {

    public RecordGateDecisionFunctionFactory(MessageSource messages) {
        super(messages);
    }
}
