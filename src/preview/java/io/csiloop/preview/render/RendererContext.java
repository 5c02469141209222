package io.csiloop.preview.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The context Atlassian's template renderer gives a template, for web panels (with the map their context
 * provider returns) and for servlets (with the map they pass to {@code TemplateRenderer.render}): its
 * template-context items, of which Jira's are {@code $i18n} and {@code $webResourceManager}, under the caller's
 * map, whose names win (the renderer's {@code TemplateContextFactoryImpl}: items first, then {@code putAll} of the
 * parameters; jira-11-audit.md finding 5). Nothing else: Jira's module-descriptor defaults such as
 * {@code $baseurl} are not template-context items.
 */
public final class RendererContext {

    /** The names the renderer adds. */
    public static final String I18N = "i18n";
    public static final String WEB_RESOURCE_MANAGER = "webResourceManager";

    private RendererContext() {
    }

    /** The renderer's items under the caller's map. */
    public static Map<String, Object> of(Map<String, ?> params, Object i18n) {
        Map<String, Object> context = new HashMap<>();
        context.put(I18N, i18n);
        context.put(WEB_RESOURCE_MANAGER, new LegacyWebResourceManager());
        context.putAll(params);
        return context;
    }

    /**
     * What stands under {@code $webResourceManager}: Jira puts its deprecated {@code WebResourceManager} there. The
     * name is present as in Jira, with nothing to call: the app requires its resources from its context providers and
     * servlets through {@code PageBuilderService}, and a template that tried to require them itself fails here.
     */
    public static final class LegacyWebResourceManager {
        @Override
        public String toString() {
            return "webResourceManager";
        }
    }
}
