package io.csiloop.preview.seed;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.kpi.MeasureRebases;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.IssueRef;
import io.csiloop.preview.PreviewApp;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueDetails;
import io.csiloop.preview.demo.IssueTable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * The demo a fresh preview starts with: lifecycle projects in Monitor &amp; Control, Planning and Closed; an
 * improvement at step 3 (Collect data) with a year of daily measurements, one done (Improved) whose KPI moved,
 * and two more along the way; then ({@link DemoStages}) an issue in every other phase and step; and IT Operations'
 * tasks ({@link DemoOperations}), a project without CSI Loop yet, so that every panel, the register, the pipeline and the portfolio have something to
 * show. Only an empty database is seeded, so whatever a person changes stays. The numbers are made by a seeded
 * random generator: the same on every fresh start.
 */
public final class DemoSeed {

    static final long PROJECT = DemoDirectory.SERVICE_OPERATIONS.id();
    static final String LIFECYCLE = "Lifecycle Project";
    static final String IMPROVEMENT = "Improvement";
    private static final String OWNER = "admin";
    /** The day of SVC-3's year of data from which first-contact resolution is about 78 %: its change went live. */
    private static final int FCR_CHANGE_DAY = 183;

    private final IssueTable issues;
    private final PreviewApp app;
    private final Instant now;

    public DemoSeed(IssueTable issues, PreviewApp app, Clock clock) {
        this.issues = issues;
        this.app = app;
        this.now = clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    /** Plants the demo when the preview has no issue yet; returns whether it did. */
    public boolean plantIfEmpty() {
        if (!issues.isEmpty()) {
            return false;
        }
        issue(10_001, "SVC-1", "Self-service portal for password resets", LIFECYCLE, "Monitor & Control", "admin", 200);
        issue(10_002, "SVC-2", "Reduce the time to resolve P2 incidents", IMPROVEMENT, "Collect data", "editor", 120);
        issue(10_003, "SVC-3", "Raise first-contact resolution at the service desk", IMPROVEMENT, "Improved", "admin", 330);
        issue(10_004, "SVC-4", "Monitoring rollout for the core network", LIFECYCLE, "Planning", "editor", 60);
        issue(10_005, "SVC-5", "Asset database clean-up", LIFECYCLE, "Closed", "admin", 300);
        issue(10_006, "SVC-6", "Shorten the lead time of standard changes", IMPROVEMENT, "Identify the approach", "editor", 14);
        issue(10_007, "SVC-7", "Act on the customer survey comments", IMPROVEMENT, "Analyse data", "admin", 150);
        for (DemoStages.Staged staged : DemoStages.ISSUES) {
            issue(staged.id(), staged.key(), staged.summary(), staged.type(), staged.status(), staged.assignee(),
                    20 + (int) (staged.id() % 100) * 9);
        }
        // A project just started, nothing recorded yet: the lifecycle can be walked from its first gate.
        issue(10_020, "SVC-20", "Knowledge base for the service desk", LIFECYCLE, "Initiation", "editor", 2);
        DemoOperations.plant(issues, now);
        register(10_002, "Restore service fast enough for the business to keep its promises",
                "P2 incidents resolved within one working day", "M", "INCIDENT_TREND");
        register(10_003, "Customers get help at the first contact", "Fewer hand-overs and shorter waits", "L", "SURVEY");
        register(10_006, "Changes reach production without waiting", "Standard changes done in two days", "S", "AUDIT");
        register(10_007, "Customers feel heard", "Higher satisfaction scores", "M", "SURVEY");
        register(10_011, "Incidents stay fixed", "Fewer second visits", "S", "INCIDENT_TREND");
        register(10_012, "New staff work from day one", "No lost first days", "M", "AUDIT");
        register(10_013, "Problems get a root cause", "Fewer recurring incidents", "L", "INCIDENT_TREND");
        register(10_014, "Weekend changes succeed", "Fewer Monday outages", "M", "AUDIT");
        Random random = new Random(2026);
        // A year of daily P2 resolution times, slowly improving from about 12 hours with weekly ups and downs.
        measure(10_002L, DemoMeasures.MTTR, 365, day -> 12.5 - day * 0.006 + random.nextGaussian() * 1.6);
        // Before the change (the first six months) about 62 %; after it about 78 %.
        StoredDefinition fcr = measure(10_003L, DemoMeasures.FCR, 365,
                day -> (day < FCR_CHANGE_DAY ? 62 : 78) + random.nextGaussian() * 4);
        measure(null, DemoMeasures.CSAT, 365, day -> 3.9 + day * 0.0008 + random.nextGaussian() * 0.25);
        // SVC-3's go-live is the day its data jumps: the day of the first point at about 78 %, in the reporting zone.
        LocalDate fcrGoLive = LocalDate.ofInstant(pointAt(365, FCR_CHANGE_DAY), app.get(ReportingZone.class).zone());
        DemoEvidence.record(app.get(GateReviews.class), fcrGoLive);
        DemoStages stages = new DemoStages(app.get(GateReviews.class));
        stages.record();
        for (long id = 10_001; id <= 10_007; id++) { // the first seven pass their gates as the staged ones do
            IssueRef seeded = issues.byId(id).orElseThrow();
            stages.pass(id, seeded.issueType(), seeded.status());
        }
        // The chart suggested a new phase at the go-live (seven months above the old centre); the service owner
        // approved it, so FCR's chart shows two phases, each with limits of its own.
        app.get(MeasureRebases.class).approve(fcr, fcrGoLive.toString(), "The knowledge base went live: first-contact"
                + " resolution holds at a new level, so its limits are those of the new process.", OWNER);
        // A KPI off target and getting worse, for the dashboard's "Which KPIs are off target or getting worse?".
        measure(null, DemoMeasures.CHANGE_SUCCESS, 365, day -> 93 - day * 0.02 + random.nextGaussian() * 0.8);
        // How long each issue has been in its status, for "Which improvements are stuck?" and days in phase.
        statusSince(10_001, 200, 45);
        statusSince(10_002, 190, 40);
        statusSince(10_003, 370, 20);
        statusSince(10_004, 60, 18);
        statusSince(10_005, 400, 90);
        statusSince(10_006, 100, 75);
        statusSince(10_007, 30, 12);
        for (DemoStages.Staged staged : DemoStages.ISSUES) { // recently moved on: a few days in their step or phase
            statusSince(staged.id(), 20 + (int) (staged.id() % 100) * 9, 3 + (int) (staged.id() % 7));
        }
        DemoBenefits.plant(app.get(ImprovementRegister.class), LocalDate.ofInstant(now, app.get(ReportingZone.class).zone()));
        return true;
    }

    /** An issue reported by the admin {@code daysAgo} days ago, last updated a third of that ago. */
    private void issue(long id, String key, String summary, String type, String status, String assignee, int daysAgo) {
        issues.create(new IssueDetails(new IssueRef(id, key, PROJECT, summary, type, status), "",
                Optional.of(assignee), Optional.of(OWNER), Optional.empty(),
                Optional.of(now.minus(Duration.ofDays(daysAgo))), Optional.of(now.minus(Duration.ofDays(daysAgo / 3)))));
    }

    private void statusSince(long issueId, int createdDaysAgo, int enteredDaysAgo) {
        issues.backdate(issueId, now.minus(Duration.ofDays(createdDaysAgo)), now.minus(Duration.ofDays(enteredDaysAgo)));
    }

    private void register(long issueId, String objective, String benefit, String effort, String source) {
        app.get(ImprovementRegister.class).save(new RegisterEntry(issueId, PROJECT, 1, objective, benefit, effort,
                "", Set.of("VALUE_STREAMS_AND_PROCESSES"), "IMPROVE", source));
    }

    /** The definition with one data point a day for the last {@code days} days, day 0 the oldest. */
    private StoredDefinition measure(Long improvement, MeasurementDefinition definition, int days,
            IntToDoubleFunction value) {
        StoredDefinition stored = app.get(MeasurementDefinitions.class)
                .create(PROJECT, new Ownership(improvement, OWNER), definition, OWNER);
        int id = stored.id();
        List<NewDataPoint> points = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            Instant at = pointAt(days, day);
            points.add(new NewDataPoint(new DataPoint(at, Math.round(value.applyAsDouble(day) * 10) / 10.0), null));
        }
        app.get(DataPoints.class).record(id, new Provenance(definition.source(), OWNER, 1), points);
        return stored;
    }

    /** When the point of {@code day} (0 the oldest) of a series of {@code days} daily points was observed. */
    private Instant pointAt(int days, int day) {
        return now.minus(Duration.ofDays(days - day));
    }
}
