package io.csiloop.preview.render;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

/**
 * Renders Velocity templates from the class path as Jira 11 does: Velocity 1.7, every reference HTML-escaped
 * unless its name ends in {@code Html} ({@link HtmlSuffixEscaper}), and method calls on the app's classes held
 * to the descriptor's allowlist ({@link AllowlistUberspector}). A template that fails to render fails loudly.
 *
 * <p>Stricter than Jira in one way, on purpose: a reference to a name the context does not hold fails the
 * rendering (Velocity's strict reference mode), where Jira would print it as it stands, {@code $baseurl/browse/…},
 * into the page. {@code #if ($name)} and {@code $!name} remain the ways to ask for a name that may be absent.
 */
public final class Templates {

    private final VelocityEngine engine = new VelocityEngine();

    public Templates(MethodAllowlist allowlist) {
        AllowlistUberspector.use(allowlist);
        Properties p = new Properties();
        p.setProperty("resource.loader", "class");
        p.setProperty("class.resource.loader.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("class.resource.loader.cache", "true");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        p.setProperty("eventhandler.referenceinsertion.class", HtmlSuffixEscaper.class.getName());
        p.setProperty("runtime.introspector.uberspect", AllowlistUberspector.class.getName());
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("output.encoding", "UTF-8");
        p.setProperty("velocimacro.library", "");
        p.setProperty("runtime.references.strict", "true");
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity would not start", e);
        }
    }

    /** The template at the class-path location rendered with the context. */
    public String render(String location, Map<String, ?> context) {
        StringWriter out = new StringWriter();
        try {
            Template template = engine.getTemplate(location, "UTF-8");
            template.merge(new VelocityContext(new java.util.HashMap<>(context)), out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + location + " failed", e);
        }
        return out.toString();
    }
}
