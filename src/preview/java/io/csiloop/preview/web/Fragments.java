package io.csiloop.preview.web;

import io.csiloop.preview.plugin.DashboardItem;
import io.csiloop.preview.plugin.DisabledModules;
import io.csiloop.preview.plugin.Modules;
import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.plugin.WebPanel;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.preview.render.RendererContext;
import io.csiloop.preview.render.Templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the app's web panels and dashboard items as Jira's web interface manager does: the module's conditions
 * decide whether it shows, its context provider turns Jira's context into the template's, and its Velocity view
 * renders with exactly the map the provider returns (Jira's context itself where the module has no provider) and
 * the template renderer's own items ({@link RendererContext}). Nothing is merged or added besides: a template that
 * needs a name its provider does not supply fails here.
 */
public final class Fragments {

    /** A panel as the host page shows it: a heading (empty for none) and the panel's markup. */
    public record Rendered(String key, String heading, String html) {
        public String getKey() {
            return key;
        }

        public String getHeading() {
            return heading;
        }

        public String getBodyHtml() {
            return html;
        }
    }

    private final PluginDescriptor descriptor;
    private final Modules modules;
    private final Templates templates;
    private final PreviewI18n i18n;
    private final DisabledModules disabled;

    /** @param disabled the web panels an administrator disabled: never rendered */
    public Fragments(PluginDescriptor descriptor, Modules modules, Templates templates, PreviewI18n i18n,
                     DisabledModules disabled) {
        this.disabled = disabled;
        this.descriptor = descriptor;
        this.modules = modules;
        this.templates = templates;
        this.i18n = i18n;
    }

    /** Every enabled panel at the location that shows in the context, in weight order. */
    public List<Rendered> panelsAt(String location, Map<String, Object> jiraContext) {
        return descriptor.panelsAt(location).stream()
                .filter(p -> disabled.enabled(p.key()))
                .filter(p -> modules.shows(p.conditions(), jiraContext))
                .map(p -> new Rendered(p.key(), p.labelKey().map(i18n::getText).orElse(""),
                        render(p.view(), p.contextProvider(), jiraContext)))
                .toList();
    }

    /** The panel a project sidebar item shows (its location is {@code <plugin key>:<item key>}). */
    public Optional<WebPanel> pagePanel(String itemKey) {
        return descriptor.panelsAt(descriptor.pluginKey() + ":" + itemKey).stream().findFirst();
    }

    public Rendered dashboardItem(DashboardItem item, Map<String, Object> jiraContext) {
        return new Rendered(item.key(), i18n.getText(item.titleKey()),
                render(item.view(), item.contextProvider(), jiraContext));
    }

    String render(String view, Optional<String> contextProvider, Map<String, Object> jiraContext) {
        // Jira hands the provider a map of its own; what the provider returns is all the template gets.
        Map<String, Object> given = new HashMap<>(jiraContext);
        Map<String, Object> provided = contextProvider.map(cp -> modules.contextProvider(cp).getContextMap(given))
                .orElse(given);
        return templates.render(view, RendererContext.of(provided, i18n));
    }
}
