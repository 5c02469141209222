package io.csiloop.preview.plugin;

import org.w3c.dom.Element;

import java.util.Optional;

/**
 * A {@code <dashboard-item>}: its title, its server-side view and context provider, and the AMD module that
 * renders it in the browser (and its configuration form, when it is configurable).
 */
public record DashboardItem(String key, String titleKey, String view, Optional<String> contextProvider,
                            String amdModule, boolean configurable) {

    static DashboardItem of(Element e) {
        String title = PluginDescriptor.child(e, "definition").flatMap(d -> PluginDescriptor.child(d, "title"))
                .map(t -> t.getAttribute("key")).orElse(e.getAttribute("i18n-name-key"));
        return new DashboardItem(e.getAttribute("key"), title, PluginDescriptor.view(e),
                PluginDescriptor.contextProvider(e),
                PluginDescriptor.child(e, "amd-module").map(PluginDescriptor::text).orElse(""),
                "true".equals(e.getAttribute("configurable")));
    }
}
