package io.csiloop.preview;

import com.sun.net.httpserver.HttpHandler;
import io.csiloop.host.rest.RestHost;
import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueCreation;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.demo.ProjectSchemes;
import io.csiloop.preview.plugin.DisabledModules;
import io.csiloop.preview.plugin.Modules;
import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.preview.render.PreviewTemplateRenderer;
import io.csiloop.preview.render.Templates;
import io.csiloop.preview.web.CreateDialog;
import io.csiloop.preview.web.CreateIssueRoute;
import io.csiloop.preview.web.DashboardPreferences;
import io.csiloop.preview.web.Fragments;
import io.csiloop.preview.web.HostPage;
import io.csiloop.preview.web.JiraRestStandIn;
import io.csiloop.preview.web.LoginPage;
import io.csiloop.preview.web.PageResources;
import io.csiloop.preview.web.Pages;
import io.csiloop.preview.web.PreviewServer;
import io.csiloop.preview.web.Route;
import io.csiloop.preview.web.ServletHost;
import io.csiloop.preview.web.Sessions;
import io.csiloop.preview.web.Transitions;
import io.csiloop.preview.web.WebResources;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The preview's address space: which path prefix goes to which page, file server or API. */
final class PreviewRoutes {

    private PreviewRoutes() {
    }

    static PreviewServer serve(int port, PluginDescriptor descriptor, Modules modules, Templates templates,
                               PreviewI18n i18n, DemoDirectory directory, IssueTable issues, CurrentUser current,
                               HttpHandler rest, DisabledModules disabled) throws IOException {
        String root = PreviewConfig.CONTEXT_PATH;
        WebResources resources = new WebResources(descriptor, i18n, root + "/download/resources/");
        PageResources required = modules.one(PageResources.class);
        HostPage page = new HostPage(templates, resources, required, root, i18n,
                new CreateDialog(directory, modules.one(ProjectSchemes.class)));
        Fragments fragments = new Fragments(descriptor, modules, templates, i18n, disabled);
        modules.add(modules);
        modules.add(new PreviewTemplateRenderer(templates, i18n));
        Transitions transitions = modules.build(Transitions.class.getName(), Transitions.class);
        Pages pages = new Pages(page, fragments, descriptor, directory, issues, current, root, transitions, i18n,
                required, PreviewApp.ZONE);
        Sessions sessions = new Sessions(directory, root);
        LoginPage login = new LoginPage(page, directory, sessions, root);
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(root + "/login.jsp", login);
        routes.put(root + "/logout", login.logout());
        routes.put(root + "/browse/", pages.issue());
        routes.put(root + "/plugins/servlet/", new ServletHost(descriptor, modules, page, required, current, root));
        routes.put(root + "/projects/", pages.project());
        routes.put(root + "/issues/", pages.navigator());
        routes.put(root + "/rest/api/2/issue", new CreateIssueRoute(modules.one(IssueCreation.class), directory, i18n,
                root));
        routes.put(root + "/secure/Dashboard.jspa", pages.dashboard());
        routes.put(root + "/download/resources/", exchange ->
                resources.serve(exchange, exchange.path().substring((root + "/download/resources/").length())));
        routes.put(root + "/preview/static/", PreviewServer.files(root + "/preview/static/", "preview/static/"));
        JiraRestStandIn jiraRest = new JiraRestStandIn(directory, issues);
        routes.put(root + "/rest/api/2/project", jiraRest);
        routes.put(root + "/rest/api/2/search", jiraRest);
        routes.put(root + "/preview/transition", transitions);
        routes.put(root + "/preview/dashboard-items/", new DashboardPreferences(current, root + "/preview/dashboard-items/"));
        routes.put(root, exchange -> home(exchange, root));
        routes.put("/", exchange -> home(exchange, root));
        return PreviewServer.start(port, sessions, current, routes, Map.of(root + RestHost.BASE_PATH + "/", rest));
    }

    private static void home(io.csiloop.preview.web.Exchange exchange, String root) throws IOException {
        String path = exchange.path();
        if (path.equals("/") || path.equals(root) || path.equals(root + "/")) {
            exchange.redirect(root + "/secure/Dashboard.jspa");
        } else {
            exchange.send(404, "text/plain; charset=utf-8", "Not found".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
