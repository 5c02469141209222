package io.csiloop.preview.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueCreation;
import io.csiloop.preview.demo.IssueDetails;
import io.csiloop.preview.render.PreviewI18n;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jira's {@code POST /rest/api/2/issue}, the call behind the Create dialog: a JSON body of {@code fields} (project
 * by key, issuetype by name, summary, description, assignee by name, duedate as yyyy-MM-dd); 201 with the new
 * issue's id, key and address, or 400 with Jira's {@code errors} per field. Only JSON is taken (415 otherwise), which
 * is what keeps a cross-site form from creating issues, as in Jira.
 */
public final class CreateIssueRoute implements Route {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IssueCreation creation;
    private final DemoDirectory directory;
    private final PreviewI18n i18n;
    private final String contextPath;

    public CreateIssueRoute(IssueCreation creation, DemoDirectory directory, PreviewI18n i18n, String contextPath) {
        this.creation = creation;
        this.directory = directory;
        this.i18n = i18n;
        this.contextPath = contextPath;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.method().equals("POST")) {
            exchange.json(405, "{\"errorMessages\":[\"Method not allowed\"],\"errors\":{}}");
        } else if (directory.current().isEmpty()) {
            exchange.json(401, "{\"errorMessages\":[\"You are not logged in.\"],\"errors\":{}}");
        } else if (!exchange.header("Content-Type").orElse("").startsWith("application/json")) {
            exchange.json(415, "{\"errorMessages\":[\"Unsupported media type\"],\"errors\":{}}");
        } else {
            create(exchange);
        }
    }

    private void create(Exchange exchange) throws IOException {
        JsonNode fields;
        try {
            fields = JSON.readTree(exchange.body(64 * 1024)).path("fields");
        } catch (IOException e) {
            exchange.json(400, "{\"errorMessages\":[\"The body is no JSON.\"],\"errors\":{}}");
            return;
        }
        IssueCreation.Outcome outcome = creation.create(new IssueCreation.Request(text(fields.path("project").path("key")),
                text(fields.path("issuetype").path("name")), text(fields.path("summary")),
                text(fields.path("description")), text(fields.path("assignee").path("name")), text(fields.path("duedate"))));
        if (outcome.created().isPresent()) {
            IssueDetails issue = outcome.created().get();
            exchange.json(201, "{\"id\":\"" + issue.ref().id() + "\",\"key\":" + WebResources.jsString(issue.ref().key())
                    + ",\"self\":" + WebResources.jsString(contextPath + "/rest/api/2/issue/" + issue.ref().id()) + "}");
        } else {
            exchange.json(400, errors(outcome.errors()));
        }
    }

    private String errors(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> WebResources.jsString(e.getKey()) + ":"
                + WebResources.jsString(i18n.getText(e.getValue())))
                .collect(Collectors.joining(",", "{\"errorMessages\":[],\"errors\":{", "}}"));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
