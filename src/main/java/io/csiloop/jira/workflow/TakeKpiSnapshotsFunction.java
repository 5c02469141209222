package io.csiloop.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.CycleSnapshots;
import io.csiloop.kpi.SnapshotTrigger;

import java.util.Map;

/** Step 4, "Process data": takes the KPI snapshots of every measurement of the improvement for its cycle. */
public final class TakeKpiSnapshotsFunction implements FunctionProvider {

    private final CycleSnapshots snapshots;

    public TakeKpiSnapshotsFunction(CycleSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        snapshots.take(WorkflowInputs.issue(transientVars).getId(), SnapshotTrigger.TRANSITION);
    }
}
