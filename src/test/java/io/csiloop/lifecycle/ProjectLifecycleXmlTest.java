package io.csiloop.lifecycle;

import io.csiloop.process.WorkflowModel;

/** workflows/csiloop-project-lifecycle.xml against {@link ProjectLifecycle#WORKFLOW}. */
class ProjectLifecycleXmlTest extends WorkflowXmlContract {

    @Override
    protected WorkflowModel model() {
        return ProjectLifecycle.WORKFLOW;
    }
}
