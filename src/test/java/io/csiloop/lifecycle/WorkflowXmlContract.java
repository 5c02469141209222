package io.csiloop.lifecycle;

import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.csiloop.process.WorkflowModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every workflow XML file of the app must satisfy, run once per process model: it loads and
 * validates offline with OSWorkflow 2.7.0, it is structurally sound for Jira, and it describes exactly
 * its model.
 */
public abstract class WorkflowXmlContract {

    /** The process model whose workflow file is under test. */
    protected abstract WorkflowModel model();

    @Test
    public void loadsAndValidatesOfflineWithItsStepsAndActions() throws Exception {
        WorkflowDescriptor workflow = WorkflowXml.load(model());

        workflow.validate();
        assertEquals(model().statuses().size(), workflow.getSteps().size());
    }

    @Test
    public void isStructurallySound() throws Exception {
        assertEquals(List.of(), WorkflowStructure.problems(WorkflowXml.load(model())));
    }

    @Test
    public void runsJirasSystemPostFunctionsInJirasOrder() throws Exception {
        assertEquals(List.of(), WorkflowSystemFunctions.problems(model(), WorkflowXml.load(model())));
    }

    @Test
    public void describesExactlyTheModel() throws Exception {
        assertEquals(List.of(), WorkflowDrift.between(model(), WorkflowXml.load(model()), new CsiloopMessages()));
    }
}
