package io.csiloop.preview.web;

import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.plugin.WebResource;
import io.csiloop.preview.render.PreviewI18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's web resources as Jira's web resource manager serves them: under
 * {@code /download/resources/<plugin key>:<module key>/<name>}, scripts passed through the {@code jsI18n}
 * transformer when the module asks for it, and a page's resources found by context with their dependencies
 * first. Jira's own AUI ({@code com.atlassian.auiplugin:ajs}) is the host page's business: the preview page
 * loads AUI from npm before any of these.
 */
public final class WebResources {

    /** What {@code jsI18n} replaces: a call with a literal key, as DescriptorCheckTest reads them too. */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1");

    private final PluginDescriptor descriptor;
    private final PreviewI18n i18n;
    private final String base;

    /** @param base the context path and the resource prefix, e.g. {@code /jira/download/resources/} */
    public WebResources(PluginDescriptor descriptor, PreviewI18n i18n, String base) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.base = base;
    }

    /** The URLs of every download of the contexts' resources and their dependencies, dependencies first. */
    public List<String> urlsFor(List<String> contexts) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String context : contexts) {
            descriptor.resourcesInContext(context).forEach(r -> collect(r, ordered));
        }
        List<String> urls = new ArrayList<>();
        for (String key : ordered) {
            descriptor.resource(key).orElseThrow().downloads()
                    .forEach(d -> urls.add(base + descriptor.pluginKey() + ":" + key + "/" + d.name()));
        }
        return urls;
    }

    private void collect(WebResource resource, Set<String> ordered) {
        for (String dependency : resource.dependencies()) {
            String prefix = descriptor.pluginKey() + ":";
            if (dependency.startsWith(prefix)) {
                descriptor.resource(dependency.substring(prefix.length())).ifPresent(r -> collect(r, ordered));
            }
        }
        ordered.add(resource.key());
    }

    /** Serves {@code <plugin key>:<module key>/<name>}; 404 for anything the descriptor does not declare. */
    public void serve(Exchange exchange, String rest) throws IOException {
        Optional<byte[]> body = find(rest);
        if (body.isEmpty()) {
            exchange.send(404, "text/plain; charset=utf-8", "no such web resource".getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.setHeader("Cache-Control", "no-cache");
        exchange.send(200, contentType(rest), body.get());
    }

    private Optional<byte[]> find(String rest) throws IOException {
        String prefix = descriptor.pluginKey() + ":";
        int slash = rest.indexOf('/');
        if (!rest.startsWith(prefix) || slash < 0) {
            return Optional.empty();
        }
        Optional<WebResource> module = descriptor.resource(rest.substring(prefix.length(), slash));
        Optional<WebResource.Download> download = module.flatMap(m -> m.download(rest.substring(slash + 1)));
        if (download.isEmpty()) {
            return Optional.empty();
        }
        String location = download.get().location().replaceFirst("^/", "");
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            if (download.get().isScript() && module.get().jsI18n()) {
                return Optional.of(jsI18n(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(bytes);
        }
    }

    /** {@code AJS.I18n.getText('key', a)} becomes {@code AJS.format("message", a)}, as Jira's transformer does. */
    String jsI18n(String script) {
        Matcher m = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("AJS.format(" + jsString(i18n.rawPattern(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String jsString(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return name.endsWith(".png") ? "image/png" : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
    }
}
