package io.csiloop.jira.workflow;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.port.LinkedIssues;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.csiloop.jira.workflow.WorkflowFixture.ISSUE_ID;
import static io.csiloop.jira.workflow.WorkflowFixture.args;
import static io.csiloop.jira.workflow.WorkflowFixture.transientVars;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class GateValidatorTest {

    private final GateEvidence evidence = mock(GateEvidence.class);
    private final ImprovementRegister register = mock(ImprovementRegister.class);
    private final GateReviews reviews = new GateReviews(evidence, mock(MeasurementDefinitions.class),
            mock(DataPoints.class), mock(KpiSnapshots.class), new ImprovementCycles(register), mock(LinkedIssues.class),
            mock(PackSnapshots.class), new ReportingZone(ZoneOffset.UTC), Clock.systemUTC(),
            mock(ChangeVerdicts.class));
    private final GateValidator validator = new GateValidator(reviews, WorkflowFixture.englishMessages());

    @Test
    void refusesWithEveryMissingItemInTheUsersLanguage() {
        when(evidence.of(ISSUE_ID)).thenReturn(Map.of("lifecycle.planning-exit", List.of(
                item("lifecycle.planning-exit", "scope", "WRITTEN", "HR onboarding, not payroll"),
                item("lifecycle.planning-exit", "principle.focus-on-value", "APPLIED", null),
                item("lifecycle.planning-exit", "principle.start-where-you-are", "NOT_APPLICABLE", null),
                item("lifecycle.planning-exit", "dimension.organizations-and-people", "CONSIDERED", "HR and IT"))));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                validator.validate(transientVars(), args(GateValidator.class, "lifecycle.planning-exit"), null));

        System.out.println("GateValidator refusal:\n" + refused.getMessage());
        assertEquals(String.join("\n",
                "The gate \"Plan complete\" is not passed yet. Still missing:",
                "No requirement is recorded yet: add at least one.",
                "The guiding principle \"Start where you are\" is marked as not applicable, but the reason is missing.",
                "The guiding principle \"Progress iteratively with feedback\" is not answered yet: " + HOW,
                "The guiding principle \"Collaborate and promote visibility\" is not answered yet: " + HOW,
                "The guiding principle \"Think and work holistically\" is not answered yet: " + HOW,
                "The guiding principle \"Keep it simple and practical\" is not answered yet: " + HOW,
                "The guiding principle \"Optimize and automate\" is not answered yet: " + HOW,
                "The dimension \"Information and technology\" has not been considered yet.",
                "The dimension \"Partners and suppliers\" has not been considered yet.",
                "The dimension \"Value streams and processes\" has not been considered yet.",
                "The gate decision is not recorded yet: the approver decides go, go with conditions or stop."),
                refused.getMessage());
        assertEquals(List.of(refused.getMessage()), refused.getGenericErrors(), "Jira shows the generic errors");
    }

    @Test
    void letsTheTransitionPassWhenTheGateIsMet() {
        when(evidence.of(ISSUE_ID)).thenReturn(Map.of("lifecycle.monitor-and-control-exit",
                List.of(item("lifecycle.monitor-and-control-exit", "progress-report", "WRITTEN", "on track"),
                        item("lifecycle.monitor-and-control-exit", "progress.transition", "WRITTEN", "cut-over planned"),
                        item("lifecycle.monitor-and-control-exit", "gate-decision", "GO_WITH_CONDITIONS", "train first"))));

        assertDoesNotThrow(() -> validator.validate(transientVars(),
                args(GateValidator.class, "lifecycle.monitor-and-control-exit"), null));
    }

    @Test
    void judgesAnImprovementInItsCurrentCycle() {
        when(register.find(ISSUE_ID)).thenReturn(Optional.empty());
        when(evidence.of(ISSUE_ID)).thenReturn(Map.of());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () ->
                validator.validate(transientVars(), args(GateValidator.class, "improvement.present-knowledge-exit"), null));

        assertEquals(String.join("\n", "The gate \"Decision recorded\" is not passed yet. Still missing:",
                "The stakeholder pack for cycle 1 has not been produced yet.",
                "The decision of the stakeholders is not recorded yet.",
                "The decision does not say who took it."), refused.getMessage());
    }

    @Test
    void aTransitionWithoutAGateArgumentIsAnErrorThatSaysSo() {
        WorkflowException refused = assertThrows(WorkflowException.class, () ->
                validator.validate(transientVars(), args(GateValidator.class, null), null));

        assertEquals("This CSI Loop workflow module has no csiloop.gate argument: edit the transition and choose a gate",
                refused.getMessage());
    }

    @Test
    void withoutAnIssueNothingCanBeChecked() {
        WorkflowException refused = assertThrows(WorkflowException.class, () ->
                validator.validate(Map.of(), args(GateValidator.class, "lifecycle.closing-exit"), null));

        assertEquals("CSI Loop needs the issue of the transition, and Jira passed none", refused.getMessage());
    }

    private static final String HOW = "say how it is applied, or why it does not apply.";

    static EvidenceItem item(String gate, String key, String state, String text) {
        return new EvidenceItem(ISSUE_ID, gate, new EvidenceAnswer(key, state, text), "alice", Instant.EPOCH);
    }
}
