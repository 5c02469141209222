package io.csiloop.improvement;

import io.csiloop.lifecycle.WorkflowXmlContract;
import io.csiloop.process.WorkflowModel;

/** workflows/csiloop-seven-step-improvement.xml against {@link SevenStepImprovement#WORKFLOW}. */
class SevenStepImprovementXmlTest extends WorkflowXmlContract {

    @Override
    protected WorkflowModel model() {
        return SevenStepImprovement.WORKFLOW;
    }
}
