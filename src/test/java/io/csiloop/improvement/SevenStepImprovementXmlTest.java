package io.csiloop.improvement;

import io.csiloop.lifecycle.WorkflowModel;
import io.csiloop.lifecycle.WorkflowXmlContract;

/** workflows/csiloop-seven-step-improvement.xml against {@link SevenStepImprovement#WORKFLOW}. */
class SevenStepImprovementXmlTest extends WorkflowXmlContract {

    @Override
    protected WorkflowModel model() {
        return SevenStepImprovement.WORKFLOW;
    }
}
