package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import io.csiloop.view.ImprovementPanels;

import java.util.Optional;

/** The Improvement issue panel's context: {@code $panel} is an {@link ImprovementPanel}. */
public final class ImprovementPanelContextProvider extends ViewContext {

    public ImprovementPanelContextProvider(ImprovementPanels panels) {
        super("issue", issue -> issue instanceof Issue i ? panels.of(i.getId()) : Optional.empty(), "panel");
    }
}
