package io.csiloop.preview.web;

import io.csiloop.preview.plugin.DashboardItem;

/** A dashboard item on the preview's dashboard: its module (AMD module, configurable) and its rendered view. */
public record DashboardSlot(DashboardItem item, Fragments.Rendered rendered) {
}
