package io.csiloop.preview.plugin;

import org.w3c.dom.Element;

import java.util.List;

/**
 * A {@code <web-resource>}: its files, the resources it depends on, the contexts it joins and whether its
 * scripts go through Jira's {@code jsI18n} transformer.
 */
public record WebResource(String key, List<Download> downloads, List<String> dependencies, List<String> contexts,
                          boolean jsI18n) {

    /** One {@code <resource type="download">}. */
    public record Download(String name, String location) {
        public boolean isScript() {
            return name.endsWith(".js");
        }

        public boolean isStyle() {
            return name.endsWith(".css");
        }
    }

    static WebResource of(Element e) {
        List<Download> downloads = PluginDescriptor.children(e, "resource").stream()
                .filter(r -> r.getAttribute("type").equals("download"))
                .map(r -> new Download(r.getAttribute("name"), r.getAttribute("location"))).toList();
        boolean jsI18n = PluginDescriptor.children(e, "transformation").stream()
                .filter(t -> t.getAttribute("extension").equals("js"))
                .flatMap(t -> PluginDescriptor.children(t, "transformer").stream())
                .anyMatch(t -> t.getAttribute("key").equals("jsI18n"));
        return new WebResource(e.getAttribute("key"), downloads,
                PluginDescriptor.children(e, "dependency").stream().map(PluginDescriptor::text).toList(),
                PluginDescriptor.children(e, "context").stream().map(PluginDescriptor::text).toList(), jsI18n);
    }

    /** The download of the given name. */
    public java.util.Optional<Download> download(String name) {
        return downloads.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
