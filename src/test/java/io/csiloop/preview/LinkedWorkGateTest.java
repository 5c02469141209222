package io.csiloop.preview;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.port.IssueLinker;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.process.GateVerdict;
import io.csiloop.process.MissingEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seeded preview refuses to move a Lifecycle Project on to Closing while work linked from it is unresolved, as
 * Jira does: the gate reads the links the app made (a raised improvement's, here made by the same linker) through
 * the preview's issue links, not an empty stand-in.
 */
class LinkedWorkGateTest {

    private static final String LINKED_WORK = "csiloop.evidence.linkedWork.unresolved";
    private DemoApp demo;

    @BeforeEach
    void seed() throws Exception {
        demo = DemoApp.seeded(Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void shouldRefuseClosingWhileLinkedWorkIsUnresolved() {
        IssueRef project = issue("SVC-1"); // Monitor & Control
        demo.get(IssueLinker.class).link(project.id(), issue("SVC-2").id(), "admin"); // Collect data: open
        demo.get(IssueLinker.class).link(project.id(), issue("SVC-3").id(), "admin"); // Improved: resolved

        GateVerdict verdict = demo.get(GateReviews.class).evaluate(project.id(), LifecycleGate.MONITOR_AND_CONTROL_EXIT.id());

        assertEquals(List.of(new MissingEvidence(LINKED_WORK, List.of("SVC-2"))),
                verdict.missing().stream().filter(m -> m.messageKey().equals(LINKED_WORK)).toList());
    }

    private IssueRef issue(String key) {
        return demo.get(Issues.class).byKey(key).orElseThrow();
    }
}
