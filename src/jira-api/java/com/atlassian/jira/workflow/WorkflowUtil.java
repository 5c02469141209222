package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/WorkflowUtil.html
 * (the static parser Jira's own workflow import uses; unconfirmed for 11.3).
 */
public class WorkflowUtil {
    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml) throws FactoryException {
        throw new UnsupportedOperationException("stand-in");
    }
}
