package io.csiloop.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * The workflow editor's factory of the post-functions that take no parameter (TakeKpiSnapshotsFunction,
 * StartNextCycleFunction): nothing to ask, nothing to store, a view that only names the function.
 */
public final class ParameterlessFunctionFactory implements WorkflowPluginFunctionFactory {

    public ParameterlessFunctionFactory() {
        // Nothing to inject: the function's own class does the work.
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        return Map.of();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
