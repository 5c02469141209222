package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html
 * (jira-platform.md section 3: the form's values arrive as String[]; the returned map is stored as the
 * descriptor's String arguments).
 */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
