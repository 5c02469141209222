package io.csiloop.jira.web;

/** The Improvement issue panel's context: {@code $panel} is an {@link ImprovementPanel}. */
public final class ImprovementPanelContextProvider extends IssuePanelContext {

    public ImprovementPanelContextProvider(ImprovementPanels panels) {
        super(panels::of);
    }
}
