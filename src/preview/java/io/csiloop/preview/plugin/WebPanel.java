package io.csiloop.preview.plugin;

import org.w3c.dom.Element;

import java.util.List;
import java.util.Optional;

/**
 * A {@code <web-panel>}: where it shows, its label, its view template, its context provider and its conditions.
 *
 * @param labelKey the i18n key of its {@code <label>}; empty when it has none
 */
public record WebPanel(String key, String location, int weight, Optional<String> labelKey, String view,
                       Optional<String> contextProvider, List<ConditionSpec> conditions) {

    static WebPanel of(Element e) {
        return new WebPanel(e.getAttribute("key"), e.getAttribute("location"), PluginDescriptor.weight(e),
                PluginDescriptor.child(e, "label").map(l -> l.getAttribute("key")), PluginDescriptor.view(e),
                PluginDescriptor.contextProvider(e), ConditionSpec.of(e));
    }
}
