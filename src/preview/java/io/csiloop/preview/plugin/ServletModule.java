package io.csiloop.preview.plugin;

import org.w3c.dom.Element;

import java.util.List;

/**
 * A {@code <servlet>} module of the descriptor: its class and the URL patterns Jira serves it at under
 * {@code /plugins/servlet}. A pattern is an exact path or a prefix ending in {@code /*}, as servlet mappings are.
 */
public record ServletModule(String key, String className, List<String> urlPatterns) {

    static ServletModule of(Element module) {
        return new ServletModule(module.getAttribute("key"), module.getAttribute("class"),
                PluginDescriptor.children(module, "url-pattern").stream().map(PluginDescriptor::text).toList());
    }

    /** Whether the servlet answers the path (relative to {@code /plugins/servlet}, e.g. {@code /csiloop/measure}). */
    public boolean serves(String path) {
        return urlPatterns.stream().anyMatch(p -> p.endsWith("/*")
                ? path.equals(p.substring(0, p.length() - 2)) || path.startsWith(p.substring(0, p.length() - 1))
                : path.equals(p));
    }
}
