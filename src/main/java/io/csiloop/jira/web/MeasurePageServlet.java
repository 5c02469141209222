package io.csiloop.jira.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.application.measure.ProjectMeasures;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.port.UserDirectory;
import io.csiloop.view.MeasurePage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measure page ({@code /plugins/servlet/csiloop/measure?projectKey=KEY&definitionId=ID}): one measure's control
 * chart, periods, phases and rebases, data points, snapshots and audit. The server draws the measure's facts; the
 * page's script fills the rest from the REST API, which checks every permission again. Only reads, for users who
 * may browse the project; an anonymous visitor is sent to Jira's login first ({@link LoginRedirect}).
 */
public final class MeasurePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/measure/page.vm";
    static final String WEB_RESOURCE_CONTEXT = "csiloop.measure-page";

    private final transient Projects projects;
    private final transient Access access;
    private final transient ProjectMeasures measures;
    private final transient Issues issues;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient ApplicationProperties application;
    private final transient MessageSource messages;
    private final transient LoginRedirect login;
    private final transient UserDirectory people;

    public MeasurePageServlet(Projects projects, Access access, ProjectMeasures measures, Issues issues,
                              TemplateRenderer renderer, PageBuilderService pageBuilder,
                              ApplicationProperties application, MessageSource messages, UserDirectory people,
                              LoginRedirect login) {
        this.projects = projects;
        this.access = access;
        this.measures = measures;
        this.issues = issues;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.application = application;
        this.messages = messages;
        this.people = people;
        this.login = login;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (login.sentToLoginIfAnonymous(request, response)) {
            return;
        }
        Optional<ProjectRef> project = Optional.ofNullable(request.getParameter("projectKey")).flatMap(projects::byKey)
                .filter(p -> access.currentUserMay(ProjectAccess.BROWSE, p.id()));
        Optional<StoredDefinition> definition = project.flatMap(p -> definition(p, request.getParameter("definitionId")));
        if (definition.isEmpty()) {
            // One answer for a project or measure that does not exist or is not visible: existence does not leak.
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    messages.text("csiloop.ui.measurePage.notFound", List.of()));
            return;
        }
        long projectId = project.get().id();
        Long improvementId = definition.get().ownership().improvementIssueId();
        String improvementKey = improvementId == null ? ""
                : issues.byId(improvementId).map(IssueRef::key).orElse("");
        MeasurePage page = MeasurePage.of(project.get(), definition.get(), improvementKey,
                access.currentUserMay(ProjectAccess.EDIT, projectId), messages, people);
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("page", page, "contextPath", application.getBaseUrl(UrlMode.RELATIVE)),
                response.getWriter());
    }

    private Optional<StoredDefinition> definition(ProjectRef project, String id) {
        if (id == null || !id.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(measures.inProject(project.id(), Integer.parseInt(id)));
        } catch (DefinitionNotFound e) {
            return Optional.empty();
        }
    }
}
