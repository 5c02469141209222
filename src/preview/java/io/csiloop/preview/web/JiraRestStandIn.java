package io.csiloop.preview.web;

import io.csiloop.port.ProjectAccess;
import io.csiloop.preview.demo.DemoDirectory;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The one call of Jira's own REST API that the app's front end makes: {@code GET /rest/api/2/project}, the projects
 * the caller may browse (the dashboard items' configuration offers them), with the fields the app reads.
 */
public final class JiraRestStandIn implements Route {

    private final DemoDirectory directory;

    public JiraRestStandIn(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (directory.current().isEmpty()) {
            exchange.json(401, "{\"errorMessages\":[\"You are not logged in.\"]}");
            return;
        }
        exchange.json(200, directory.projects().stream()
                .filter(p -> directory.currentUserMay(ProjectAccess.BROWSE, p.id()))
                .map(p -> "{\"id\":\"" + p.id() + "\",\"key\":" + WebResources.jsString(p.key())
                        + ",\"name\":" + WebResources.jsString(p.name()) + "}")
                .collect(Collectors.joining(",", "[", "]")));
    }
}
