package io.csiloop.preview;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.pack.PhaseExitReports;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.application.process.IssueProcesses;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.process.Gate;
import io.csiloop.process.Route;
import io.csiloop.process.StatusCategory;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import io.csiloop.process.WorkflowTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeded demo has an issue in every phase and step, the first seven keys unchanged, and every issue a recorded
 * passage of each gate its status is past (so no report says "not passed yet" of a gate it is past), each lifecycle
 * gate passed on complete evidence and a decision.
 */
class DemoStagesTest {

    @RegisterExtension
    static final SeededDemo demo = new SeededDemo();

    @Test
    void shouldKeepTheFirstSevenKeysWhereTheyWere() {
        Map<String, String> statuses = Map.of("SVC-1", "Monitor & Control", "SVC-2", "Collect data", "SVC-3", "Improved",
                "SVC-4", "Planning", "SVC-5", "Closed", "SVC-6", "Identify the approach", "SVC-7", "Analyse data");
        statuses.forEach((key, status) -> assertEquals(status, issue(key).status(), key));
    }

    @Test
    void shouldHaveAnIssueInEveryPhaseAndStepButRejected() {
        Set<String> seen = new TreeSet<>();
        for (int n = 1; n <= 14; n++) {
            seen.add(issue("SVC-" + n).status());
        }
        Set<String> expected = new TreeSet<>(List.of("Initiation", "Planning", "Executing", "Monitor & Control",
                "Closing", "Closed", "Identify the approach", "Define the measurement", "Collect data", "Process data",
                "Analyse data", "Present the knowledge", "Implement improvements", "Improved"));
        assertEquals(expected, seen);
    }

    @Test
    void shouldRecordThePassageOfEveryGateEverySeededIssueIsPast() {
        IssueProcesses processes = demo.get(IssueProcesses.class);
        GateReviews reviews = demo.get(GateReviews.class);
        for (IssueRef issue : seeded()) {
            WorkflowModel model = processes.model(issue).orElseThrow();
            WorkflowStatus at = processes.status(issue).orElseThrow();
            List<? extends WorkflowStatus> order = model.statuses();
            int here = order.indexOf(at);
            for (WorkflowTransition t : model.transitions()) {
                Route route = t.route();
                if (route.gate().isEmpty() || route.to().category() == StatusCategory.DONE && !route.to().equals(at)) {
                    continue;
                }
                Gate<?> gate = route.gate().get();
                boolean past = order.indexOf(route.to()) <= here && route.from().stream().allMatch(f -> order.indexOf(f) < here);
                boolean ahead = route.from().contains(at);
                if (past) {
                    assertTrue(reviews.passedAt(issue.id(), gate).isPresent(), issue.key() + " is past " + gate.id());
                } else if (ahead) {
                    assertTrue(reviews.passedAt(issue.id(), gate).isEmpty(), issue.key() + " is not past " + gate.id());
                }
            }
        }
    }

    /**
     * Every seeded Lifecycle Project's phase-exit report agrees with its status: each gate it is past passed (on
     * complete evidence and a decision), each gate ahead not passed yet.
     */
    @Test
    void shouldGiveEveryLifecycleProjectAReportThatAgreesWithItsStatus() {
        GateReviews reviews = demo.get(GateReviews.class);
        Map<String, Integer> gatesPast = Map.of("SVC-1", 3, "SVC-4", 1, "SVC-5", 5, "SVC-8", 0, "SVC-9", 2,
                "SVC-10", 4, "SVC-20", 0);
        List<String> projects = seeded().stream().filter(i -> i.issueType().equals("Lifecycle Project"))
                .map(IssueRef::key).toList();
        assertEquals(new TreeSet<>(gatesPast.keySet()), new TreeSet<>(projects));
        for (String key : projects) {
            IssueRef project = issue(key);
            int past = gatesPast.get(key);
            String report = demo.get(PhaseExitReports.class).html(project);
            assertEquals(past, occurrences(report, "Passed by Ada Admin on "), key + ": " + report);
            assertEquals(5 - past, occurrences(report, "Not passed yet."), key + ": " + report);
            for (LifecycleGate gate : List.of(LifecycleGate.values()).subList(0, past)) {
                assertTrue(reviews.evaluate(project.id(), gate.id()).passed(), key + " passed " + gate.id()
                        + " on complete evidence and a decision: " + reviews.evaluate(project.id(), gate.id()));
            }
        }
    }

    /** The seeded issues of CSI Loop's types: IT Operations' tasks have no gates. */
    private static List<IssueRef> seeded() {
        IssueTable issues = demo.get(IssueTable.class);
        long svc = DemoDirectory.SERVICE_OPERATIONS.id();
        return Stream.concat(issues.ofType(svc, "Lifecycle Project").stream(), issues.ofType(svc, "Improvement").stream())
                .toList();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static IssueRef issue(String key) {
        return demo.get(Issues.class).byKey(key).orElseThrow(() -> new AssertionError(key + " missing"));
    }
}
