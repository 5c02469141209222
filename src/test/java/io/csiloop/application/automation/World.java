package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.host.ao.EntityManagerDatabaseAccessor;
import io.csiloop.jira.host.JiraSqlReads;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.kpi.DayTotals;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.AoCompletedPeriods;
import io.csiloop.persistence.AoDataPoints;
import io.csiloop.persistence.AoDayTotals;
import io.csiloop.persistence.AoDefinitionAutomations;
import io.csiloop.persistence.AoImprovementRegister;
import io.csiloop.persistence.AoKpiSnapshots;
import io.csiloop.persistence.AoMeasurementDefinitions;
import io.csiloop.persistence.AoPeriodAggregates;
import io.csiloop.persistence.AoRaisedSignals;
import io.csiloop.persistence.AoSettingsStore;
import io.csiloop.persistence.AoTransactions;
import io.csiloop.persistence.entity.AutomationConfigEntity;
import io.csiloop.persistence.entity.AutomationSettingsEntity;
import io.csiloop.persistence.entity.CompletedPeriodEntity;
import io.csiloop.persistence.entity.CycleEventEntity;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import io.csiloop.persistence.entity.EvidenceChangeEntity;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.persistence.entity.ImprovementEntity;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import io.csiloop.persistence.entity.PointChangeEntity;
import io.csiloop.persistence.entity.RaisedSignalEntity;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Transactions;
import net.java.ao.RawEntity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The automation over one test database, as Jira wires it, with Jira's side faked: projects, search, issue
 * creation, cluster locks and the clock. Europe/Berlin is the reporting zone (it has daylight saving, where period
 * arithmetic goes wrong). {@link #node} builds a second node over the same database and locks.
 */
final class World {

    @SuppressWarnings("unchecked")
    static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
            MeasurementDefEntity.class, DataPointEntity.class, KpiSnapshotEntity.class, DefinitionAuditEntity.class,
            GateEvidenceEntity.class, ImprovementEntity.class, CycleEventEntity.class, AutomationConfigEntity.class,
            CompletedPeriodEntity.class, RaisedSignalEntity.class, AutomationSettingsEntity.class,
            PointChangeEntity.class, EvidenceChangeEntity.class, DayTotalEntity.class};
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Mid-November: October is the latest closed month. */
    static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
    static final long PROJECT = 10_000L;
    static final String ADMIN = "admin-key";

    final ActiveObjects ao;
    final MutableClock clock = new MutableClock(NOW);
    final ReportingZone reportingZone = new ReportingZone(ZONE);
    final FakeIssueSearch search;
    final FakeRaiser raiser;
    final InMemoryClusterLocks locks;
    final MeasurementDefinitions definitions;
    final DataPoints points;
    final KpiSnapshots snapshots;
    final PeriodAggregates aggregates;
    final DayTotals dayTotals;
    final ImprovementRegister register;
    final AoDefinitionAutomations automations;
    final AoCompletedPeriods ledger;
    final AoRaisedSignals raised;
    final AoSettingsStore settings;
    final Transactions transactions;
    final AutomationRun run;

    World(ActiveObjects ao) {
        this(ao, List.of(new ProjectRef(PROJECT, "OPS", "Operations")));
    }

    /** A world whose Jira has the given projects. */
    World(ActiveObjects ao, List<ProjectRef> projects) {
        this(ao, new InMemoryClusterLocks(), new FakeIssueSearch(), new FakeRaiser(), UnaryOperator.identity(), true,
                projects);
    }

    private World(ActiveObjects ao, InMemoryClusterLocks locks, FakeIssueSearch search, FakeRaiser raiser,
            UnaryOperator<KpiSnapshots> snapshotFaults, boolean migrate, List<ProjectRef> projects) {
        this.ao = ao;
        this.locks = locks;
        this.search = search;
        this.raiser = raiser;
        if (migrate) {
            ao.migrate(ENTITIES);
        }
        definitions = new AoMeasurementDefinitions(ao, clock);
        points = new AoDataPoints(ao, clock, reportingZone);
        snapshots = snapshotFaults.apply(new AoKpiSnapshots(ao));
        aggregates = new AoPeriodAggregates(new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), points, reportingZone);
        register = new AoImprovementRegister(ao);
        automations = new AoDefinitionAutomations(ao);
        ledger = new AoCompletedPeriods(ao);
        raised = new AoRaisedSignals(ao);
        settings = new AoSettingsStore(ao);
        transactions = new AoTransactions(ao);
        SignalRaising raising = new SignalRaising(transactions, raised, raiser, register, new BundleMessages(), clock);
        PeriodCompletion completion = new PeriodCompletion(transactions, points, snapshots, ledger, automations);
        DefinitionRun definitionRun = new DefinitionRun(new JqlCollector(search), completion, raising, points, automations);
        // The automation's tests record no go-live and approve no rebase: every chart is of one phase.
        ProjectRun projectRun = new ProjectRun(automations, ledger, aggregates, new ImprovementCycles(register),
                definitionRun, (measures, moment) -> Map.of());
        dayTotals = new AoDayTotals(ao, new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), reportingZone);
        run = new AutomationRun(() -> projects, settings, definitions, locks, projectRun, dayTotals, clock,
                reportingZone);
    }

    /**
     * Another node on the same database, Jira and cluster locks (or locks of its own: {@code sharedLocks} false),
     * whose KPI snapshots go through {@code faults}.
     */
    World node(boolean sharedLocks, UnaryOperator<KpiSnapshots> faults) {
        return node(ao, sharedLocks, faults);
    }

    /** Another node as {@link #node(boolean, UnaryOperator)}, reaching the database through its own Active Objects. */
    World node(ActiveObjects own, boolean sharedLocks, UnaryOperator<KpiSnapshots> faults) {
        World other = new World(own, sharedLocks ? locks : new InMemoryClusterLocks(), search, raiser, faults, false,
                List.of(new ProjectRef(PROJECT, "OPS", "Operations")));
        other.clock.set(clock.instant());
        return other;
    }

    /** A monthly measure of the project, created a year before {@link #NOW}. */
    StoredDefinition define(String key, MeasurementSource source, UnaryOperator<DefinitionDraft> shape) {
        return define(PROJECT, key, source, shape);
    }

    /** A monthly measure of a project, created a year before {@link #NOW}. */
    StoredDefinition define(long projectId, String key, MeasurementSource source, UnaryOperator<DefinitionDraft> shape) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.key = key;
        draft.source = source;
        Instant before = clock.instant();
        clock.set(Instant.parse("2025-11-01T00:00:00Z"));
        try {
            MeasurementDefinition measure = shape.apply(draft).build();
            return definitions.create(projectId, new Ownership(null, ADMIN), measure, ADMIN);
        } finally {
            clock.set(before);
        }
    }

    /** Configures a JQL collection of the definition, raising as the policy says, with a backfill of n periods. */
    void collect(StoredDefinition definition, String jql, CollectedMeasure measure, DurationUnit unit,
            RaisePolicy raising, int backfillPeriods) {
        automations.save(new DefinitionAutomation(definition.id(), definition.projectId(), new JqlCollection(jql, measure, unit),
                raising, backfillPeriods, ADMIN), clock.instant());
    }

    void record(StoredDefinition definition, String observedAt, double value) {
        points.record(definition.id(), new Provenance(MeasurementSource.MANUAL, ADMIN, 1),
                List.of(NewDataPoint.of(new DataPoint(Instant.parse(observedAt), value))));
    }

    void allowRaising() {
        settings.saveGlobal(new AutomationSettings(RunSchedule.DEFAULT, ZONE, true), ADMIN, clock.instant());
    }
}
