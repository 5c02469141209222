package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.view.LifecyclePanels;

import java.util.Optional;

/** The Lifecycle Project issue panel's context: {@code $panel} is a {@link LifecyclePanel}. */
public final class LifecyclePanelContextProvider extends ViewContext {

    public LifecyclePanelContextProvider(LifecyclePanels panels, PageBuilderService pageBuilder,
                                         ApplicationProperties application) {
        super("issue", issue -> issue instanceof Issue i ? panels.of(i.getId()) : Optional.empty(), "panel",
                ImprovementPanelContextProvider.WEB_RESOURCE_CONTEXT, pageBuilder, application);
    }
}
