package io.csiloop.preview.render;

import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The preview's {@link TemplateRenderer} for servlets: the same Velocity rules as the web panels ({@link Templates}),
 * with the renderer's own context items under the servlet's map ({@link RendererContext}).
 */
public final class PreviewTemplateRenderer implements TemplateRenderer {

    private final Templates templates;
    private final PreviewI18n i18n;

    public PreviewTemplateRenderer(Templates templates, PreviewI18n i18n) {
        this.templates = templates;
        this.i18n = i18n;
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(templates.render(templateName, RendererContext.of(context, i18n)));
    }
}
