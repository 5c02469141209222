package io.csiloop.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import io.csiloop.kernel.MessageSource;

/** The workflow editor's factory of the "CSI Loop gate met" condition (GateCondition): the gate to check, chosen from both process models. */
public final class GateConditionFactory extends GateParameterFactory implements WorkflowPluginConditionFactory {

    public GateConditionFactory(MessageSource messages) {
        super(messages);
    }
}
