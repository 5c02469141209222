package io.csiloop.preview.web;

import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueDetails;
import io.csiloop.preview.demo.IssueTable;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two calls of Jira's own REST API that the app's front end makes, with the fields it reads:
 * {@code GET /rest/api/2/project} (the projects the caller may browse, offered by the dashboard items'
 * configuration) and {@code GET /rest/api/2/search} for the one JQL shape the items send,
 * {@code project = "KEY" AND issuetype = "TYPE" ORDER BY key}. Any other query is refused as Jira refuses bad JQL.
 */
public final class JiraRestStandIn implements Route {

    private static final Pattern JQL = Pattern.compile(
            "project = \"([A-Z][A-Z0-9_]*)\" AND issuetype = \"([^\"]+)\"(?: ORDER BY key)?");

    private final DemoDirectory directory;
    private final IssueTable issues;

    public JiraRestStandIn(DemoDirectory directory, IssueTable issues) {
        this.directory = directory;
        this.issues = issues;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (directory.current().isEmpty()) {
            exchange.json(401, "{\"errorMessages\":[\"You are not logged in.\"]}");
        } else if (exchange.path().endsWith("/search")) {
            search(exchange);
        } else {
            exchange.json(200, directory.projects().stream().filter(this::browsable).map(JiraRestStandIn::project)
                    .collect(Collectors.joining(",", "[", "]")));
        }
    }

    private void search(Exchange exchange) throws IOException {
        Matcher jql = JQL.matcher(exchange.query("jql").orElse(""));
        if (!jql.matches()) {
            exchange.json(400, "{\"errorMessages\":[\"The preview answers only project = \\\"KEY\\\" AND issuetype = \\\"TYPE\\\".\"]}");
            return;
        }
        Optional<ProjectRef> project = directory.byKey(jql.group(1)).filter(this::browsable);
        List<IssueRef> found = project.map(p -> issues.ofType(p.id(), jql.group(2))).orElse(List.of());
        exchange.json(200, found.stream().map(this::issue).collect(Collectors.joining(",",
                "{\"startAt\":0,\"maxResults\":500,\"total\":" + found.size() + ",\"issues\":[", "]}")));
    }

    private boolean browsable(ProjectRef project) {
        return directory.currentUserMay(ProjectAccess.BROWSE, project.id());
    }

    private static String project(ProjectRef p) {
        return "{\"id\":\"" + p.id() + "\",\"key\":" + WebResources.jsString(p.key()) + ",\"name\":" + WebResources.jsString(p.name()) + "}";
    }

    private String issue(IssueRef i) {
        return "{\"id\":\"" + i.id() + "\",\"key\":" + WebResources.jsString(i.key()) + ",\"fields\":{\"summary\":"
                + WebResources.jsString(i.summary()) + ",\"status\":{\"name\":" + WebResources.jsString(i.status())
                + "},\"assignee\":" + assignee(i) + "}}";
    }

    /** The assignee as Jira's REST names a user (name, key, display name); null for an unassigned issue. */
    private String assignee(IssueRef i) {
        return issues.details(i.key()).flatMap(IssueDetails::assignee).flatMap(directory::byName)
                .map(u -> "{\"name\":" + WebResources.jsString(u.name()) + ",\"key\":" + WebResources.jsString(u.name())
                        + ",\"displayName\":" + WebResources.jsString(u.displayName()) + "}")
                .orElse("null");
    }
}
