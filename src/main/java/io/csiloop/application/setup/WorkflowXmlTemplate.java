package io.csiloop.application.setup;

import io.csiloop.process.WorkflowModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shipped workflow XML file ({@code workflows/csiloop-<model key>.xml}) with its tokens filled in:
 * {@code @csiloop.status.<key>@} by the id of the Jira status and {@code @csiloop.resolution.<key>@} by the
 * id of the Jira resolution (docs/process-model.md). A token left without an id is an error, never passed on
 * to Jira, which would store a workflow pointing at no status.
 */
final class WorkflowXmlTemplate {

    private static final Pattern TOKEN = Pattern.compile("@csiloop\\.(status|resolution)\\.([a-z-]+)@");

    private WorkflowXmlTemplate() {
    }

    static String render(WorkflowModel model, Map<String, String> statusIds, Map<String, String> resolutionIds) {
        Matcher token = TOKEN.matcher(text(model));
        StringBuilder xml = new StringBuilder();
        while (token.find()) {
            Map<String, String> ids = token.group(1).equals("status") ? statusIds : resolutionIds;
            String id = ids.get(token.group(2));
            if (id == null) {
                throw new IllegalStateException("no Jira id for " + token.group() + " in workflow " + model.key());
            }
            token.appendReplacement(xml, Matcher.quoteReplacement(id));
        }
        return token.appendTail(xml).toString();
    }

    private static String text(WorkflowModel model) {
        String resource = "/workflows/csiloop-" + model.key() + ".xml";
        try (InputStream in = WorkflowXmlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
