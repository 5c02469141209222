package io.csiloop.preview.demo;

import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.port.IssueRef;
import io.csiloop.process.StatusCategory;

import java.util.Set;

/**
 * Which statuses are done, as Jira's status categories say ("resolution is empty" in Jira's "My open issues"): a CSI
 * Loop status by its model's category (Closed, Improved, Rejected), any other by the category of Jira's default
 * workflow's statuses.
 */
public final class StatusCategories {

    /** The done statuses of Jira's default workflow, which the demo's other issues (Tasks) use. */
    private static final Set<String> JIRA_DONE = Set.of("Done", "Resolved", "Closed");

    private final ProcessNames names = new ProcessNames();

    public boolean done(IssueRef issue) {
        return names.type(issue).map(CsiLoopIssueType::workflow)
                .flatMap(model -> names.status(model, issue.status()))
                .map(status -> status.category() == StatusCategory.DONE)
                .orElse(JIRA_DONE.contains(issue.status()));
    }
}
