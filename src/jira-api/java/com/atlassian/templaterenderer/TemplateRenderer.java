package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/atlassian-template-renderer/ TemplateRenderer
 * (jira-platform.md section 12; from older sources, unconfirmed for 11.3, and free of servlet types).
 */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
