package io.csiloop.preview.plugin;

import org.w3c.dom.Element;

/**
 * A {@code <web-item>}: a link in a section, such as the project sidebar.
 *
 * @param link the {@code <link>} as written, with Velocity-style placeholders such as
 *     {@code $pathEncodedProjectKey}
 */
public record WebItem(String key, String section, int weight, String labelKey, String link, String styleClass) {

    static WebItem of(Element e) {
        return new WebItem(e.getAttribute("key"), e.getAttribute("section"), PluginDescriptor.weight(e),
                PluginDescriptor.child(e, "label").map(l -> l.getAttribute("key")).orElse(e.getAttribute("i18n-name-key")),
                PluginDescriptor.child(e, "link").map(PluginDescriptor::text).orElse(""),
                PluginDescriptor.child(e, "styleClass").map(PluginDescriptor::text).orElse(""));
    }
}
