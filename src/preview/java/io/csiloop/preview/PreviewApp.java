package io.csiloop.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.EntityManagerDatabaseAccessor;
import io.csiloop.jira.host.JiraSqlReads;
import io.csiloop.measure.ReportingZone;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.DemoProjectSetup;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.demo.ProjectSchemes;
import io.csiloop.preview.demo.InitialStatus;
import io.csiloop.preview.demo.IssueCreation;
import io.csiloop.preview.demo.IssueLinks;
import io.csiloop.preview.demo.PreviewImprovementRaiser;
import io.csiloop.preview.plugin.Modules;
import io.csiloop.preview.plugin.SpringBeans;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.preview.web.PageResources;
import io.csiloop.preview.web.PreviewBaseUrl;
import io.csiloop.preview.web.PreviewLoginUri;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What the preview offers the app in Jira's place (Active Objects, a clock, the reporting zone, messages, the
 * demo directory and issues behind the app's ports, SAL's base URL and login URI, and the page builder that collects the web
 * resources a page requires) plus the app's own beans built from its Spring context.
 *
 * @param modules builds module classes from all of these, as Jira's plugin container does
 */
public record PreviewApp(Modules modules) {

    /** The reporting zone of the preview: the zone the demo data is told in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static PreviewApp over(ActiveObjects ao, Clock clock, DemoDirectory directory, IssueTable issues, PreviewI18n i18n) {
        ProjectSchemes schemes = new ProjectSchemes(issues.connections());
        // One create for the Create dialog and for what the app raises: one key allocation, one set of checks.
        IssueCreation creation = new IssueCreation(directory, schemes, issues, new InitialStatus(), clock);
        Modules modules = new Modules(List.of(ao, clock, new ReportingZone(ZONE), directory, issues, i18n, schemes,
                new DemoProjectSetup(directory, schemes), new PreviewBaseUrl(PreviewConfig.CONTEXT_PATH),
                new PreviewLoginUri(PreviewConfig.CONTEXT_PATH), new PageResources(),
                creation, new PreviewImprovementRaiser(creation, directory, i18n), new IssueLinks(issues),
                // the Jira adapter itself over the preview's DatabaseAccessor, lending the host's pool as Jira does
                new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao))));
        SpringBeans.build(modules);
        return new PreviewApp(modules);
    }

    /** Every service, for the REST host's constructors. */
    public List<Object> services() {
        return modules.services();
    }

    /** The one service of the type. */
    public <T> T get(Class<T> type) {
        return modules.one(type);
    }
}
