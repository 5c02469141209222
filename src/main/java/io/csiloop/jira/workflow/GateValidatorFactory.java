package io.csiloop.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import io.csiloop.kernel.MessageSource;

/** The workflow editor's factory of the "CSI Loop gate" validator (GateValidator): the gate to check, chosen from both process models. */
public final class GateValidatorFactory extends GateParameterFactory implements WorkflowPluginValidatorFactory {

    public GateValidatorFactory(MessageSource messages) {
        super(messages);
    }
}
