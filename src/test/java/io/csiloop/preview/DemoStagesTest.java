package io.csiloop.preview;

import io.csiloop.application.gate.GateReviews;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeded demo has an issue in every phase and step, the first seven keys unchanged, and every issue a recorded
 * passage of each gate its status is past (so no report says "not passed yet" of a gate it is past).
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
    void shouldRecordThePassageOfEveryGateTheNewIssuesArePast() {
        IssueProcesses processes = demo.get(IssueProcesses.class);
        GateReviews reviews = demo.get(GateReviews.class);
        for (int n = 8; n <= 14; n++) {
            IssueRef issue = issue("SVC-" + n);
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

    private static IssueRef issue(String key) {
        return demo.get(Issues.class).byKey(key).orElseThrow(() -> new AssertionError(key + " missing"));
    }
}
