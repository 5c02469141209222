package io.csiloop.rest;

import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueLinker;
import io.csiloop.port.IssueRef;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Jira's issue create and links for the API tests: keeps what it raised and linked. */
final class FakeIssueCreation implements ImprovementRaiser, IssueLinker {

    final List<ImprovementDraft> raised = new CopyOnWriteArrayList<>();
    final List<long[]> links = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(3_000);

    @Override
    public IssueRef raise(ImprovementDraft draft) {
        raised.add(draft);
        long id = ids.incrementAndGet();
        return new IssueRef(id, "CSI-" + id, draft.projectId(), draft.summary(), "Improvement", "Identify the approach");
    }

    @Override
    public void link(long fromIssueId, long toIssueId, String actorKey) {
        links.add(new long[] {fromIssueId, toIssueId});
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }
}
