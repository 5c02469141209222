package io.csiloop.rest;

import io.csiloop.application.pack.PhaseExitReports;
import io.csiloop.pack.PackPdf;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The phase-exit report of a Lifecycle Project (Browse Projects): the gate evidence and decision at each phase
 * exit, as HTML (served, like a stakeholder pack, with a policy that forbids scripts) and as PDF. Any other issue is
 * a 404 ({@link NotInProcessMapper}).
 */
@Path("lifecycle-projects/{issueIdOrKey}/phase-exit-report")
public final class PhaseExitReportResource {

    private final Scopes scopes;
    private final PhaseExitReports reports;

    @Inject
    public PhaseExitReportResource(Scopes scopes, PhaseExitReports reports) {
        this.scopes = scopes;
        this.reports = reports;
    }

    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Requires(ProjectAccess.BROWSE)
    public Response html(@PathParam(Scopes.ISSUE) String issue) {
        return Response.ok(reports.html(scopes.issue(issue))).header("Content-Security-Policy", PackResource.HTML_POLICY)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("pdf")
    @Produces(PackResource.PDF)
    @Requires(ProjectAccess.BROWSE)
    public Response pdf(@PathParam(Scopes.ISSUE) String issue) {
        IssueRef project = scopes.issue(issue);
        return Response.ok(new PackPdf().render(reports.html(project)))
                .header("Content-Disposition", "attachment; filename=\"phase-exit-report-" + project.id() + ".pdf\"")
                .build();
    }
}
