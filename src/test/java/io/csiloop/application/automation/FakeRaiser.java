package io.csiloop.application.automation;

import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueRef;
import io.csiloop.port.RaiseRefused;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Jira's issue creation: keeps every draft it raised, or refuses while told to. */
final class FakeRaiser implements ImprovementRaiser {

    final List<ImprovementDraft> raised = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(20_000);
    volatile String refusal;

    @Override
    public IssueRef raise(ImprovementDraft draft) {
        if (refusal != null) {
            throw new RaiseRefused(refusal);
        }
        raised.add(draft);
        long id = ids.incrementAndGet();
        return new IssueRef(id, "OPS-" + id, draft.projectId(), draft.summary(), "Improvement", "Identify the approach");
    }
}
