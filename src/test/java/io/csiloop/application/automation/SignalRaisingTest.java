package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ImprovementDraft;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signals that raise Improvement issues, each once, on every database. */
class SignalRaisingTest {

    /** First-contact resolution, entered by hand: higher is better, target 80 %, tolerance 5, baseline 60 %. */
    private static StoredDefinition fcr(World world, RaisePolicy raising) {
        StoredDefinition definition = world.define("FCR", MeasurementSource.MANUAL, d -> d);
        world.automations.save(new DefinitionAutomation(definition.id(), World.PROJECT, null, raising, 1, World.ADMIN),
                world.clock.instant());
        world.allowRaising();
        return definition;
    }

    /** The definition, raising after two off-target months, with September and October off target. */
    private static StoredDefinition offTwoMonths(World world) {
        StoredDefinition definition = fcr(world, new RaisePolicy(true, 2, false));
        world.record(definition, "2026-09-10T10:00:00Z", 70);
        world.record(definition, "2026-10-10T10:00:00Z", 70);
        return definition;
    }

    @AcrossDatabases
    void offTargetForThreeMonthsRaisesOneImprovementFilledInWithTheKpi(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition fcr = fcr(world, new RaisePolicy(true, 3, false));
        world.record(fcr, "2026-08-10T10:00:00Z", 70);
        world.record(fcr, "2026-09-10T10:00:00Z", 71);
        world.record(fcr, "2026-10-10T10:00:00Z", 72.5);

        RunSummary summary = world.run.run(RunScope.GLOBAL);

        assertEquals(1, summary.issuesRaised(), summary.describe());
        ImprovementDraft draft = world.raiser.raised.get(0);
        assertEquals(World.PROJECT, draft.projectId());
        assertEquals(World.ADMIN, draft.reporterKey());
        assertEquals("KPI FCR (First-contact resolution): off target for 3 periods", draft.summary());
        assertTrue(draft.description().contains("Signal: off target for 3 consecutive periods, since 2026-08."),
                draft.description());
        assertTrue(draft.description().contains("Latest value: 72.5 % in 2026-10."), draft.description());
        assertTrue(draft.description().contains("Target: 80 %."), draft.description());
        assertTrue(draft.description().contains("Baseline: 60 %."), draft.description());
        assertTrue(draft.description().contains("Status: Off target."), draft.description());
        List<RaisedSignal> raised = world.raised.ofDefinition(fcr.id());
        assertEquals(1, raised.size());
        RegisterEntry entry = world.register.find(raised.get(0).issueId()).orElseThrow();
        assertEquals("KPI_SIGNAL", entry.source());
        assertEquals("Bring the KPI First-contact resolution (FCR) back on target.", entry.objective());
    }

    @AcrossDatabases
    void theSameSignalNeverRaisesASecondIssueWhileItGoesOn(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition fcr = offTwoMonths(world);
        world.run.run(RunScope.GLOBAL);

        RunSummary again = world.run.run(RunScope.GLOBAL);
        world.clock.set(Instant.parse("2026-12-15T09:00:00Z"));
        world.record(fcr, "2026-11-10T10:00:00Z", 70);
        RunSummary nextMonth = world.run.run(RunScope.GLOBAL);

        assertEquals(0, again.issuesRaised(), again.describe());
        assertEquals(0, nextMonth.issuesRaised(), "the streak goes on: it is the same signal");
        assertEquals(1, world.raiser.raised.size());
        RaisedSignal raised = world.raised.ofDefinition(fcr.id()).get(0);
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), raised.spanEnd(), "the span grew to November");
    }

    @AcrossDatabases
    void aNewStreakAfterARecoveryIsANewSignal(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition fcr = offTwoMonths(world);
        world.run.run(RunScope.GLOBAL);
        world.record(fcr, "2026-11-10T10:00:00Z", 85);
        world.record(fcr, "2026-12-10T10:00:00Z", 70);
        world.record(fcr, "2027-01-10T10:00:00Z", 70);
        world.clock.set(Instant.parse("2027-02-10T09:00:00Z"));

        RunSummary summary = world.run.run(RunScope.GLOBAL);

        assertEquals(1, summary.issuesRaised(), summary.describe());
        assertEquals(2, world.raised.ofDefinition(fcr.id()).size());
    }

    @AcrossDatabases
    void whenJiraRefusesTheIssueNothingIsStoredAndTheNextRunRaisesIt(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition fcr = offTwoMonths(world);
        world.raiser.refusal = "You do not have permission to create issues in this project.";

        RunSummary refused = world.run.run(RunScope.GLOBAL);

        assertEquals(1, refused.failures(), refused.describe());
        assertEquals(2, refused.periodsCompleted(), "the snapshots are stored; only the raising failed");
        assertEquals(List.of(), world.raised.ofDefinition(fcr.id()));
        assertEquals(List.of(), world.register.ofProject(World.PROJECT));
        assertTrue(world.automations.find(fcr.id()).orElseThrow().progress().lastError().contains("permission"));

        world.raiser.refusal = null;
        RunSummary next = world.run.run(RunScope.GLOBAL);

        assertEquals(1, next.issuesRaised(), next.describe());
        assertEquals(1, world.raised.ofDefinition(fcr.id()).size());
    }

    @AcrossDatabases
    void raisingIsOffUntilTheGlobalOrProjectSwitchAllowsIt(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition fcr = offTwoMonths(world);
        world.settings.saveGlobal(new AutomationSettings(RunSchedule.DEFAULT, World.ZONE, false), World.ADMIN,
                world.clock.instant());

        assertEquals(0, world.run.run(RunScope.GLOBAL).issuesRaised());

        world.settings.saveProject(new ProjectSettings(World.PROJECT, null, null, true), World.ADMIN, world.clock.instant());
        assertEquals(1, world.run.run(RunScope.GLOBAL).issuesRaised());
    }

    @AcrossDatabases
    void aFingerprintCanBeClaimedOnlyOnce(ActiveObjects ao) {
        World world = new World(ao);
        Instant start = Instant.parse("2026-09-01T00:00:00Z");
        world.raised.claim("7:OFF_TARGET:MONTH:1", 7, SignalCandidate.Kind.OFF_TARGET, start, start, start);

        assertThrows(RuntimeException.class, () -> world.transactions.inTransaction(() -> world.raised.claim(
                "7:OFF_TARGET:MONTH:1", 7, SignalCandidate.Kind.OFF_TARGET, start, start, start)));
        assertEquals(1, world.raised.ofDefinition(7).size());
    }
}
