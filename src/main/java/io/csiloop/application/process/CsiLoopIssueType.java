package io.csiloop.application.process;

import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.lifecycle.ProjectLifecycle;
import io.csiloop.process.WorkflowModel;

/**
 * The two issue types CSI Loop brings, each with the process model its workflow carries. Their names and
 * the workflows' names come from the English messages; setup creates and finds them by those names, and
 * {@link ProcessNames} tells an issue's type by them.
 */
public enum CsiLoopIssueType {
    LIFECYCLE_PROJECT("csiloop.issueType.lifecycle-project", ProjectLifecycle.WORKFLOW),
    IMPROVEMENT("csiloop.issueType.improvement", SevenStepImprovement.WORKFLOW);

    /** The i18n key of the name of the app's workflow scheme. */
    public static final String SCHEME_NAME_KEY = "csiloop.setup.workflowScheme.name";
    /** The i18n key of the description of the app's workflow scheme. */
    public static final String SCHEME_DESCRIPTION_KEY = "csiloop.setup.workflowScheme.description";

    private final String messagePrefix;
    private final WorkflowModel workflow;

    CsiLoopIssueType(String messagePrefix, WorkflowModel workflow) {
        this.messagePrefix = messagePrefix;
        this.workflow = workflow;
    }

    public String nameKey() {
        return messagePrefix + ".name";
    }

    public String descriptionKey() {
        return messagePrefix + ".description";
    }

    /** The process model of the issue type's workflow; its name key names the Jira workflow. */
    public WorkflowModel workflow() {
        return workflow;
    }
}
