package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.view.ImprovementPanels;

import java.util.Optional;

/** The Improvement issue panel's context: {@code $panel} is an {@link ImprovementPanel}. */
public final class ImprovementPanelContextProvider extends ViewContext {

    /** The web-resource context of both issue panels' scripts. */
    static final String WEB_RESOURCE_CONTEXT = "csiloop.issue-panel";

    public ImprovementPanelContextProvider(ImprovementPanels panels, PageBuilderService pageBuilder,
                                           ApplicationProperties application) {
        super("issue", issue -> issue instanceof Issue i ? panels.of(i.getId()) : Optional.empty(), "panel",
                WEB_RESOURCE_CONTEXT, pageBuilder, application);
    }
}
