package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import io.csiloop.view.PanelShell;

import java.util.Optional;
import java.util.function.Function;

/**
 * The shell of an issue panel from the {@code issue} Jira hands the panel: its key and project come from Jira's
 * object, so drawing the shell reads nothing from the database (issue 19); the content, with every read it needs,
 * comes after the page from {@link IssuePanelServlet}. A viewer who may not browse the project gets no shell.
 */
final class PanelShells {

    /** The web-resource context of both issue panels' scripts. */
    static final String WEB_RESOURCE_CONTEXT = "csiloop.issue-panel";

    private PanelShells() {
    }

    static Function<Object, Optional<?>> of(Access access, String kind) {
        return issue -> issue instanceof Issue i && i.getKey() != null && i.getProjectId() != null
                && access.currentUserMay(ProjectAccess.BROWSE, i.getProjectId())
                ? Optional.of(PanelShell.of(i.getKey(), kind)) : Optional.empty();
    }
}
