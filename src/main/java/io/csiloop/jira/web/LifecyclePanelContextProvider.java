package io.csiloop.jira.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.port.Access;

/**
 * The Lifecycle Project issue panel's context: {@code $shell} is a {@link io.csiloop.view.PanelShell}, drawn with
 * the page without a database read; the panel itself ({@link io.csiloop.view.LifecyclePanel}) comes after the page
 * from {@link IssuePanelServlet}.
 */
public final class LifecyclePanelContextProvider extends ViewContext {

    public LifecyclePanelContextProvider(Access access, PageBuilderService pageBuilder,
                                         ApplicationProperties application) {
        super("issue", PanelShells.of(access, "lifecycle"), "shell", PanelShells.WEB_RESOURCE_CONTEXT, pageBuilder,
                application);
    }
}
