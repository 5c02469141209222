package io.csiloop.view;

import io.csiloop.preview.render.HtmlSuffixEscaper;
import io.csiloop.preview.render.RendererContext;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Renders the plugin's templates the way Jira 11 does, as far as it matters for tests: Velocity 1.7, every
 * reference HTML-escaped unless its name ends in {@code Html} (the preview's {@link HtmlSuffixEscaper}), and only
 * allowlisted methods callable on the plugin's own classes (toolchain.md 7 and its escaping section).
 *
 * <p>Like the preview's renderer, stricter than Jira in one way: a reference to a name the context does not hold
 * fails the rendering (strict reference mode), where Jira would print {@code $name} into the page. With the context
 * each kind of module gets in Jira ({@link #templateRenderer}, {@link #workflowView}), a template that uses a name
 * its provider, servlet or factory does not supply fails its test.
 */
public final class JiraVelocity {

    private final VelocityEngine engine = new VelocityEngine();

    public JiraVelocity() throws Exception {
        AllowlistUberspect.allowed = allowlist();
        Properties config = new Properties();
        config.setProperty("resource.loader", "class");
        config.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        config.setProperty("runtime.introspector.uberspect", AllowlistUberspect.class.getName());
        config.setProperty("runtime.references.strict", "true");
        engine.init(config);
    }

    /** The template rendered with the context; a method missing from the allowlist fails the rendering. */
    public String render(String template, Map<String, ?> context) throws Exception {
        VelocityContext velocity = new VelocityContext();
        context.forEach(velocity::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlSuffixEscaper());
        cartridge.attachToContext(velocity);
        StringWriter out = new StringWriter();
        engine.mergeTemplate(template, "UTF-8", velocity, out);
        return out.toString();
    }

    /**
     * A web panel's template with the map its context provider returned, or a servlet's with the map it passed to
     * {@code TemplateRenderer.render}: Atlassian's template renderer adds its items ({@code $i18n}, here
     * {@link KeysAsText}, and {@code $webResourceManager}) and nothing else.
     */
    public String templateRenderer(String template, Map<String, ?> params) throws Exception {
        return render(template, RendererContext.of(params, new KeysAsText()));
    }

    /**
     * A workflow module's view or form with the map its factory's {@code getVelocityParams} returned: Jira's module
     * descriptor adds {@code $i18n} (here {@link KeysAsText}). It adds more of Jira's default velocity parameters
     * ({@code $baseurl}, {@code $req}, {@code $ctx}, {@code $descriptor}, …; docs/ui-and-preview.md), but those
     * are known only from Jira 6 source, so the app's templates use none of them and this offers none.
     */
    public String workflowView(String template, Map<String, ?> factoryParams) throws Exception {
        Map<String, Object> context = new HashMap<>(factoryParams);
        context.putIfAbsent(RendererContext.I18N, new KeysAsText());
        return render(template, context);
    }

    /** The {@code <method>} entries of the descriptor's velocity-allowlist modules. */
    static Set<String> allowlist() throws Exception {
        try (InputStream in = JiraVelocity.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            NodeList methods = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("method");
            Set<String> entries = new HashSet<>();
            for (int i = 0; i < methods.getLength(); i++) {
                entries.add(methods.item(i).getTextContent().strip());
            }
            return entries;
        }
    }

    /** A stand-in for Jira's {@code $i18n} in templates: the key and its parameters, readable in assertions. */
    public static final class KeysAsText {
        public String getText(String key) {
            return "[" + key + "]";
        }

        public String getText(String key, Object parameter) {
            return "[" + key + " " + parameter + "]";
        }
    }
}
