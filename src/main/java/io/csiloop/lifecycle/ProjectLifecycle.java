package io.csiloop.lifecycle;

import io.csiloop.process.WorkflowModel;

import java.util.List;

/** The process model of a Lifecycle Project, as the workflow "CSI Loop: Project Lifecycle" carries it. */
public final class ProjectLifecycle {

    /** Every phase and transition; a new project starts in Initiation. */
    public static final WorkflowModel WORKFLOW = new WorkflowModel(
            "project-lifecycle", "csiloop.lifecycle.workflow.name", LifecyclePhase.INITIATION,
            List.of(LifecyclePhase.values()), List.of(LifecycleTransition.values()));

    private ProjectLifecycle() {
    }
}
