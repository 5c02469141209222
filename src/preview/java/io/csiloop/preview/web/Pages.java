package io.csiloop.preview.web;

import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.DemoUser;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.demo.JiraObjects;
import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.render.PreviewI18n;

import io.csiloop.preview.demo.IssueDetails;

import java.io.IOException;
import java.time.ZoneId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jira pages the app's modules live on, each as Jira draws it: the issue view (details, description, people,
 * dates) with the panels of the view-issue locations, the project page with the sidebar's items and the selected
 * item's panel, the dashboard with the app's dashboard items and "My open issues", and the issue navigator. Every page wants a logged-in person who may browse the project.
 */
public final class Pages {

    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";
    static final String SIDEBAR = "jira.project.sidebar.plugins.navigation";
    /** The project settings' section where apps add their pages, such as "Enable CSI Loop". */
    static final String SETTINGS = "atl.jira.proj.config/projectgroup4";

    private final HostPage page;
    private final Fragments fragments;
    private final PluginDescriptor descriptor;
    private final DemoDirectory directory;
    private final IssueTable issues;
    private final CurrentUser current;
    private final String contextPath;
    private final Transitions transitions;
    private final PreviewI18n i18n;
    private final PageResources required;
    private final IssueView view;
    private final IssueNavigator navigator;

    public Pages(HostPage page, Fragments fragments, PluginDescriptor descriptor, DemoDirectory directory,
                 IssueTable issues, CurrentUser current, String contextPath, Transitions transitions, PreviewI18n i18n,
                 PageResources required, ZoneId zone) {
        this.required = required;
        this.view = new IssueView(directory, i18n, zone);
        this.navigator = new IssueNavigator(directory, issues, current, view);
        this.transitions = transitions;
        this.i18n = i18n;
        this.page = page;
        this.fragments = fragments;
        this.descriptor = descriptor;
        this.directory = directory;
        this.issues = issues;
        this.current = current;
        this.contextPath = contextPath;
    }

    /** {@code /browse/<issue key>} */
    public Route issue() {
        return loggedIn(exchange -> {
            String key = exchange.path().substring((contextPath + "/browse/").length());
            Optional<IssueDetails> details = issues.details(key)
                    .filter(i -> directory.currentUserMay(ProjectAccess.BROWSE, i.ref().projectId()));
            Optional<IssueRef> issue = details.map(IssueDetails::ref);
            if (issue.isEmpty()) {
                notFound(exchange, "preview.issue.notFound");
                return;
            }
            ProjectRef project = directory.byId(issue.get().projectId()).orElseThrow();
            Map<String, Object> jira = Map.of("issue", JiraObjects.issue(issue.get(), project),
                    "project", JiraObjects.project(project));
            page.show(exchange, "[" + key + "] " + issue.get().summary(), current.get(), "preview/templates/issue.vm",
                    Map.of("issue", view.of(details.get()), "project", hostView(project), "left", fragments.panelsAt(LEFT, jira),
                            "right", fragments.panelsAt(RIGHT, jira),
                            "mayEdit", directory.currentUserMay(ProjectAccess.EDIT, project.id()),
                            "transitions", transitions.from(issue.get()).stream()
                                    .map(t -> Map.of("key", t.key(), "name", i18n.getText(t.nameKey()))).toList()),
                    List.of("atl.general", "jira.view.issue"));
        });
    }

    /** {@code /projects/<project key>?selectedItem=<plugin key>:<item key>} */
    public Route project() {
        return loggedIn(exchange -> {
            String key = exchange.path().substring((contextPath + "/projects/").length());
            Optional<ProjectRef> project = directory.byKey(key).filter(p -> directory.currentUserMay(ProjectAccess.BROWSE, p.id()));
            if (project.isEmpty()) {
                notFound(exchange, "preview.project.notFound");
                return;
            }
            String selected = exchange.query("selectedItem").orElse("");
            String itemKey = selected.startsWith(descriptor.pluginKey() + ":")
                    ? selected.substring(descriptor.pluginKey().length() + 1) : "";
            Map<String, Object> jira = Map.of("project", JiraObjects.project(project.get()));
            List<Fragments.Rendered> panel = fragments.pagePanel(itemKey)
                    .map(p -> List.of(new Fragments.Rendered(p.key(), "", fragments.render(p.view(), p.contextProvider(), jira))))
                    .orElse(List.of());
            page.show(exchange, project.get().name(), current.get(), "preview/templates/project.vm",
                    Map.of("project", hostView(project.get()), "items", SidebarItem.of(descriptor.itemsIn(SIDEBAR), project.get(),
                            contextPath, selected), "panels", panel, "settings", settingsOf(project.get())),
                    List.of("atl.general", "jira.browse.project"));
        });
    }

    /** {@code /secure/Dashboard.jspa}: the app's dashboard items, then Jira's "Assigned to me" gadget. */
    public Route dashboard() {
        return loggedIn(exchange -> page.show(exchange, "Dashboard", current.get(), "preview/templates/dashboard.vm",
                Map.of("items", descriptor.dashboardItems().stream()
                        .map(item -> new DashboardSlot(item, fragments.dashboardItem(item, Map.of()))).toList(),
                        "myIssues", navigator.myOpenIssues()),
                List.of("atl.general", "atl.dashboard")));
    }

    /** {@code /issues/}: the issue navigator. */
    public Route navigator() {
        return loggedIn(exchange -> {
            if (!exchange.path().equals(contextPath + "/issues/")) {
                notFound(exchange, "preview.navigator.notFound");
                return;
            }
            page.show(exchange, "Issues", current.get(), "preview/templates/navigator.vm", navigator.page(exchange),
                    List.of("atl.general"));
        });
    }

    /** The project settings' app pages, shown to the project's administrators only, as Jira shows its settings. */
    private List<SidebarItem> settingsOf(ProjectRef project) {
        return directory.currentUserMay(ProjectAccess.ADMINISTER, project.id())
                ? SidebarItem.of(descriptor.itemsIn(SETTINGS), project, contextPath, "") : List.of();
    }

    private static Map<String, Object> hostView(ProjectRef project) {
        return Map.of("key", project.key(), "name", project.name());
    }

    private Route loggedIn(Route route) {
        return exchange -> {
            Optional<DemoUser> user = current.get();
            if (user.isEmpty()) {
                // relative to the context path, as Seraph gives os_destination (LoginPage)
                String target = exchange.path().substring(contextPath.length())
                        + exchange.query("selectedItem").map(s -> "?selectedItem=" + s).orElse("");
                exchange.redirect(contextPath + "/login.jsp?os_destination=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
                return;
            }
            required.during(exchange, route);
        };
    }

    private void notFound(Exchange exchange, String messageKey) throws IOException {
        page.show(exchange, "Not found", current.get(), "preview/templates/not-found.vm", Map.of("messageKey", messageKey), List.of());
    }
}
