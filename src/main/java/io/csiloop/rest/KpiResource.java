package io.csiloop.rest;

import io.csiloop.application.kpi.KpiAnalysis;
import io.csiloop.application.kpi.ProjectScorecard;
import io.csiloop.kpi.BeforeAfter;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The KPI of a measurement definition: its periods over a range with the KPI reading at the range's end (status,
 * gap, trend, control chart and signals, as the panels and snapshots read them), the before/after verdict at a
 * cycle's go-live (or around an instant the caller names), and its stored snapshots. Reading only. Periods are read in the reporting zone unless {@code zone} names
 * another. (Under {@code …/kpi}, not beside the definition itself: JAX-RS picks one root resource class per path and
 * does not fall back to another, so two classes must not share a path prefix that one of them ends at.)
 */
@Path("projects/{projectIdOrKey}/definitions/{definitionId}/kpi")
@Produces(MediaType.APPLICATION_JSON)
public final class KpiResource {

    static final Duration MAX_RANGE = Duration.ofDays(3660);
    private static final Duration DEFAULT_RANGE = Duration.ofDays(365);
    /** The largest cycle a query may name: far beyond any improvement's. */
    private static final int MAX_CYCLE = 1000;

    private final Scopes scopes;
    private final PathDefinitions definitions;
    private final KpiAnalysis analysis;
    private final ProjectScorecard scorecard;
    private final ApiMessages messages;
    private final Clock clock;

    @Inject
    public KpiResource(Scopes scopes, PathDefinitions definitions, KpiAnalysis analysis, ProjectScorecard scorecard,
            ApiMessages messages, Clock clock) {
        this.scopes = scopes;
        this.definitions = definitions;
        this.analysis = analysis;
        this.scorecard = scorecard;
        this.messages = messages;
        this.clock = clock;
    }

    /** The query of an analysis: its range and zone (null: the reporting zone), read from the request's parameters. */
    record Window(Instant from, Instant to, ZoneId zone) {
        static Window of(Params params, Clock clock, String from, String to, String zone) {
            Instant end = params.instant("to", to, clock.instant());
            Instant start = params.instant("from", from, end.minus(DEFAULT_RANGE));
            params.ordered("from", start, "to", end);
            params.within("from", start, end, MAX_RANGE);
            return new Window(start, end, params.zone("zone", zone, null));
        }
    }

    @GET
    @Requires(ProjectAccess.BROWSE)
    public KpiDto kpi(@PathParam(Scopes.PROJECT) String project, @PathParam("definitionId") String id,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("zone") String zone) {
        StoredDefinition stored = definitions.inProject(scopes.project(project), id);
        Params params = new Params();
        Window window = Window.of(params, clock, from, to, zone);
        params.check();
        return KpiDto.of(stored, analysis.over(stored, window.from(), window.to(), window.zone()), messages);
    }

    /**
     * Without {@code changeAt}: the verdict at the go-live of {@code cycle} (default: the measure's latest go-live), the
     * one the gate of step 7 and the pack read; {@code from}, {@code to}, {@code zone} and {@code alpha} then do not
     * apply. With {@code changeAt}: the periods of the window either side of that instant.
     */
    @GET
    @Path("before-after")
    @Requires(ProjectAccess.BROWSE)
    public BeforeAfterDto beforeAfter(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id, @QueryParam("changeAt") String changeAt,
            @QueryParam("cycle") String cycle, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("zone") String zone, @QueryParam("alpha") String alpha) {
        StoredDefinition stored = definitions.inProject(scopes.project(project), id);
        Params params = new Params();
        if (changeAt == null || changeAt.isBlank()) {
            int judged = params.integer("cycle", cycle, 1, MAX_CYCLE, 0);
            params.check();
            return BeforeAfterDto.of(stored, analysis.verdict(stored, judged == 0 ? null : judged), messages);
        }
        Window window = Window.of(params, clock, from, to, zone);
        Instant change = params.instant("changeAt", changeAt, null);
        double level = params.fraction("alpha", alpha, BeforeAfter.DEFAULT_ALPHA);
        params.check();
        KpiAnalysis.Change result = analysis.around(stored, change, window.from(), window.to(), window.zone(), level);
        return BeforeAfterDto.of(stored, result, result.result().orElseThrow(() -> ApiProblem.invalid(
                List.of(Problem.field("changeAt", Keys.NEEDS_BOTH_WINDOWS)))), messages);
    }

    @GET
    @Path("snapshots")
    @Requires(ProjectAccess.BROWSE)
    public SnapshotDto.ListDto snapshots(@PathParam(Scopes.PROJECT) String project,
            @PathParam("definitionId") String id) {
        return new SnapshotDto.ListDto(scorecard.history(definitions.inProject(scopes.project(project), id).id())
                .stream().map(SnapshotDto::of).toList());
    }
}
