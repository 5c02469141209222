package io.csiloop.jira.workflow;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.process.GateVerdict;
import io.csiloop.process.MissingEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.csiloop.jira.workflow.WorkflowFixture.ISSUE_ID;
import static io.csiloop.jira.workflow.WorkflowFixture.args;
import static io.csiloop.jira.workflow.WorkflowFixture.transientVars;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class GateConditionTest {

    private final GateReviews reviews = mock(GateReviews.class);
    private final GateCondition condition = new GateCondition(reviews);

    @Test
    void hidesTheTransitionWhileTheGateIsNotMet() throws Exception {
        when(reviews.evaluate(ISSUE_ID, "lifecycle.closing-exit")).thenReturn(new GateVerdict("lifecycle.closing-exit",
                "k", List.of(new MissingEvidence("csiloop.evidence.handover.open", List.of()))));

        assertFalse(condition.passesCondition(transientVars(), args(GateCondition.class, "lifecycle.closing-exit"), null));
    }

    @Test
    void showsTheTransitionOnceTheGateIsMet() throws Exception {
        when(reviews.evaluate(ISSUE_ID, "lifecycle.closing-exit"))
                .thenReturn(new GateVerdict("lifecycle.closing-exit", "k", List.of()));

        assertTrue(condition.passesCondition(transientVars(), args(GateCondition.class, "lifecycle.closing-exit"), null));
    }
}
