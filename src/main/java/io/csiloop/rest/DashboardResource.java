package io.csiloop.rest;

import io.csiloop.application.kpi.KpiAttention;
import io.csiloop.application.process.IssueStandings;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.UserDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/**
 * What the dashboard items that answer a CSI manager's questions read, one request per project: every KPI with its
 * status, icons and trend direction, those most in need of attention first; and where the project's issues the
 * item names stand (days in their status, an Improvement's last verdicts). Reading only, Browse Projects.
 */
@Path("projects/{projectIdOrKey}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardResource {

    /** The most issues one request asks about: a dashboard item's page of issues. */
    static final int MAX_KEYS = 200;

    private final Scopes scopes;
    private final KpiAttention attention;
    private final IssueStandings standings;
    private final ApiMessages messages;
    private final UserDirectory people;

    @Inject
    public DashboardResource(Scopes scopes, KpiAttention attention, IssueStandings standings, ApiMessages messages,
                             UserDirectory people) {
        this.scopes = scopes;
        this.attention = attention;
        this.standings = standings;
        this.messages = messages;
        this.people = people;
    }

    @GET
    @Path("kpi-attention")
    @Requires(ProjectAccess.BROWSE)
    public KpiAttentionDto kpiAttention(@PathParam(Scopes.PROJECT) String project) {
        ProjectRef ref = scopes.project(project);
        return KpiAttentionDto.of(ref, attention.ofProject(ref.id()), messages, people);
    }

    /**
     * The standing of the issues named in {@code keys} (comma-separated) that are in the project; others are left
     * out, as an issue search leaves out what it does not find.
     */
    @GET
    @Path("issue-standing")
    @Requires(ProjectAccess.BROWSE)
    public IssueStandingDto issueStanding(@PathParam(Scopes.PROJECT) String project, @QueryParam("keys") String keys) {
        ProjectRef ref = scopes.project(project);
        List<String> named = keys == null ? List.of() : Arrays.stream(keys.split(",")).map(String::strip)
                .filter(k -> !k.isEmpty()).distinct().toList();
        Params params = new Params();
        if (named.size() > MAX_KEYS) {
            params.add(Problem.field("keys", Keys.TOO_MANY, MAX_KEYS));
        }
        params.check();
        List<IssueRef> issues = scopes.findIssues(named).stream().filter(i -> i.projectId() == ref.id()).toList();
        return IssueStandingDto.of(standings.of(issues));
    }
}
