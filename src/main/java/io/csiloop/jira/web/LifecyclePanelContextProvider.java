package io.csiloop.jira.web;

/** The Lifecycle Project issue panel's context: {@code $panel} is a {@link LifecyclePanel}. */
public final class LifecyclePanelContextProvider extends IssuePanelContext {

    public LifecyclePanelContextProvider(LifecyclePanels panels) {
        super(panels::of);
    }
}
