package io.csiloop.preview.web;

import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueDetails;
import io.csiloop.preview.demo.IssueFilter;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.demo.StatusCategories;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Jira's issue navigator in its basic form ({@code /issues/?project=KEY&type=...&status=...&assignee=...}): a
 * filter per field, the issues of the projects the person may browse that match all of them, the last updated
 * first, each row linking to the issue. Also "My open issues" for the dashboard: assigned to the person, not done.
 */
final class IssueNavigator {

    private final DemoDirectory directory;
    private final IssueTable issues;
    private final CurrentUser current;
    private final IssueView view;
    /**
     * Jira's gadget shows 10 issues unless its settings say otherwise. Rendering every one of them, the preview's
     * dashboard took 34 MB and 53 ms a request for a person with hundreds of issues (docs/benchmarks.md "At scale").
     */
    static final int GADGET_ROWS = 10;
    private final StatusCategories categories = new StatusCategories();

    IssueNavigator(DemoDirectory directory, IssueTable issues, CurrentUser current, IssueView view) {
        this.directory = directory;
        this.issues = issues;
        this.current = current;
        this.view = view;
    }

    /** The page's context: the filters with their choices and current values, and the rows found. */
    Map<String, Object> page(Exchange exchange) {
        List<ProjectRef> projects = directory.projects().stream()
                .filter(p -> directory.currentUserMay(ProjectAccess.BROWSE, p.id())).toList();
        Optional<String> project = chosen(exchange, "project");
        Optional<String> type = chosen(exchange, "type");
        Optional<String> status = chosen(exchange, "status");
        Optional<String> assignee = chosen(exchange, "assignee");
        List<IssueDetails> browsable = browsable(IssueFilter.any());
        IssueFilter filter = new IssueFilter(project.flatMap(directory::byKey).map(ProjectRef::id)
                .or(() -> project.map(unknown -> -1L)), type, status, assignee);
        List<Map<String, Object>> rows = browsable(filter).stream().map(view::of).toList();
        return Map.of("projects", projects.stream().map(p -> Map.of("value", p.key(), "label", p.name())).toList(),
                "types", distinct(browsable, d -> d.ref().issueType()),
                "statuses", distinct(browsable, d -> d.ref().status()),
                "people", directory.people().stream().map(u -> Map.of("value", u.name(), "label", u.displayName())).toList(),
                "chosen", Map.of("project", project.orElse(""), "type", type.orElse(""), "status", status.orElse(""),
                        "assignee", assignee.orElse("")),
                "rows", rows);
    }

    /**
     * The person's open issues, as Jira's "Assigned to me" gadget shows them: assigned to them, not in a done status,
     * the last updated first, its default of {@value #GADGET_ROWS} rows ({@code rows}), how many there are in all
     * ({@code total}) and the person's name, URL-encoded, for the link to the rest in the navigator ({@code assignee}).
     */
    Map<String, Object> myOpenIssues() {
        return current.get().map(me -> {
            List<IssueDetails> open = browsable(new IssueFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(me.name()))).stream().filter(d -> !categories.done(d.ref())).toList();
            return Map.<String, Object>of("rows", open.stream().limit(GADGET_ROWS).map(view::of).toList(),
                    "total", open.size(), "assignee", URLEncoder.encode(me.name(), StandardCharsets.UTF_8));
        }).orElse(Map.of("rows", List.of(), "total", 0, "assignee", ""));
    }

    private List<IssueDetails> browsable(IssueFilter filter) {
        return issues.search(filter).stream()
                .filter(d -> directory.currentUserMay(ProjectAccess.BROWSE, d.ref().projectId())).toList();
    }

    private static List<Map<String, String>> distinct(List<IssueDetails> found,
                                                      java.util.function.Function<IssueDetails, String> field) {
        return new TreeSet<>(found.stream().map(field).toList()).stream().map(v -> Map.of("value", v, "label", v)).toList();
    }

    private static Optional<String> chosen(Exchange exchange, String name) {
        return exchange.query(name).filter(v -> !v.isBlank());
    }
}
