package io.csiloop.jira.workflow;

import io.csiloop.application.gate.CycleSnapshots;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static io.csiloop.jira.workflow.WorkflowFixture.ISSUE_ID;
import static io.csiloop.jira.workflow.WorkflowFixture.PROJECT_ID;
import static io.csiloop.jira.workflow.WorkflowFixture.args;
import static io.csiloop.jira.workflow.WorkflowFixture.transientVars;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PostFunctionsTest {

    private final Users users = mock(Users.class);

    @Test
    void recordsTheGateDecisionAsTheUserWhoTransitioned() throws Exception {
        GateReviews reviews = mock(GateReviews.class);
        when(users.current()).thenReturn(Optional.of(new UserRef("JIRAUSER10100", "Alice")));

        new RecordGateDecisionFunction(reviews, users).execute(transientVars(),
                args(RecordGateDecisionFunction.class, "improvement.collect-data-exit"), null);

        verify(reviews).recordPassage(ISSUE_ID, "improvement.collect-data-exit", "JIRAUSER10100");
    }

    @Test
    void aTransitionWithoutUserIsRecordedAsAnonymous() throws Exception {
        GateReviews reviews = mock(GateReviews.class);
        when(users.current()).thenReturn(Optional.empty());

        new RecordGateDecisionFunction(reviews, users).execute(transientVars(),
                args(RecordGateDecisionFunction.class, "lifecycle.closing-exit"), null);

        verify(reviews).recordPassage(ISSUE_ID, "lifecycle.closing-exit", "anonymous");
    }

    @Test
    void takesTheSnapshotsOfTheCycleOnTheTransition() throws Exception {
        CycleSnapshots snapshots = mock(CycleSnapshots.class);

        new TakeKpiSnapshotsFunction(snapshots).execute(transientVars(), args(TakeKpiSnapshotsFunction.class, null), null);

        verify(snapshots).take(ISSUE_ID, SnapshotTrigger.TRANSITION);
    }

    @Test
    void startsTheNextCycleOfAnImprovementInTheRegister() throws Exception {
        ImprovementRegister register = mock(ImprovementRegister.class);
        when(register.find(ISSUE_ID)).thenReturn(Optional.of(
                new RegisterEntry(ISSUE_ID, PROJECT_ID, 2, null, null, null, null, Set.of(), null, null)));
        when(register.startNextCycle(ISSUE_ID, PROJECT_ID, 2)).thenReturn(true);

        new StartNextCycleFunction(new ImprovementCycles(register)).execute(transientVars(),
                args(StartNextCycleFunction.class, null), null);

        verify(register).startNextCycle(ISSUE_ID, PROJECT_ID, 2);
    }

    @Test
    void anIssueWithoutRegisterEntryEndsItsFirstCycle() throws Exception {
        ImprovementRegister register = mock(ImprovementRegister.class);
        when(register.find(ISSUE_ID)).thenReturn(Optional.empty());

        new StartNextCycleFunction(new ImprovementCycles(register)).execute(transientVars(),
                args(StartNextCycleFunction.class, null), null);

        verify(register).startNextCycle(ISSUE_ID, PROJECT_ID, 1);
    }
}
