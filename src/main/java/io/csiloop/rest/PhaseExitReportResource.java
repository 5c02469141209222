package io.csiloop.rest;

import io.csiloop.application.gate.LessonsLearned;
import io.csiloop.application.pack.PhaseExitReports;
import io.csiloop.pack.PackPdf;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.RaiseRefused;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * The phase-exit report of a Lifecycle Project (Browse Projects): the gate evidence and decision at each phase
 * exit, as HTML (served, like a stakeholder pack, with a policy that forbids scripts) and as PDF. Any other issue is
 * a 404 ({@link NotInProcessMapper}). "Raise improvement" from a project in Closing or Closed is editing it (Edit
 * Issues); the improvement is raised as the user, who also needs Jira's Create Issues. Everything under
 * {@code lifecycle-projects/{issueIdOrKey}} lives in this one class (JAX-RS does not fall back between root
 * resources that share a prefix).
 */
@Path("lifecycle-projects/{issueIdOrKey}")
public final class PhaseExitReportResource {

    static final String RAISE_REFUSED = "csiloop.ui.lifecycle.raise.refused";

    private final Scopes scopes;
    private final PhaseExitReports reports;
    private final LessonsLearned lessons;
    private final Users users;

    @Inject
    public PhaseExitReportResource(Scopes scopes, PhaseExitReports reports, LessonsLearned lessons, Users users) {
        this.scopes = scopes;
        this.reports = reports;
        this.lessons = lessons;
        this.users = users;
    }

    @GET
    @Path("phase-exit-report/html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Requires(ProjectAccess.BROWSE)
    public Response html(@PathParam(Scopes.ISSUE) String issue) {
        return Response.ok(reports.html(scopes.issue(issue))).header("Content-Security-Policy", PackResource.HTML_POLICY)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("phase-exit-report/pdf")
    @Produces(PackResource.PDF)
    @Requires(ProjectAccess.BROWSE)
    public Response pdf(@PathParam(Scopes.ISSUE) String issue) {
        IssueRef project = scopes.issue(issue);
        return Response.ok(new PackPdf().render(reports.html(project)))
                .header("Content-Disposition", "attachment; filename=\"phase-exit-report-" + project.id() + ".pdf\"")
                .build();
    }

    /** Raises an Improvement from the lesson, linked from the project, the lesson its objective (201 Created). */
    @POST
    @Path("improvements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(ProjectAccess.EDIT)
    public Response raiseImprovement(@PathParam(Scopes.ISSUE) String issue, LessonDto.InputDto input) {
        IssueRef project = scopes.issue(issue);
        String lesson = DefinitionResource.required(input).lesson();
        // AccessFilter let only a logged-in user with Edit Issues through: the reporter is that user, never a name sent.
        String actor = users.current().map(UserRef::key).orElseThrow();
        try {
            return Response.status(Status.CREATED).entity(LessonDto.RaisedDto.of(lessons.raise(project, lesson, actor)))
                    .build();
        } catch (RaiseRefused refused) {
            throw ApiProblem.of(Status.CONFLICT, RAISE_REFUSED, refused.getMessage());
        }
    }
}
