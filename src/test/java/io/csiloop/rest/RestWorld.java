package io.csiloop.rest;

import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.DefinitionAutomationService;
import io.csiloop.application.automation.FakeIssueSearch;
import io.csiloop.application.automation.FakeScheduler;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.gate.StoredMeasureChanges;
import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureChanges;
import io.csiloop.application.pack.PhaseExitReports;
import io.csiloop.application.pack.StakeholderPacks;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.host.ao.AoDatabase;
import io.csiloop.host.ao.EntityManagerActiveObjects;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.host.rest.RestHost;
import io.csiloop.host.rest.StoreBeans;
import io.csiloop.persistence.AoTransactions;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.Rebases;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.persistence.AoDefinitionAutomations;
import io.csiloop.persistence.AoSettingsStore;
import io.csiloop.persistence.entity.AutomationConfigEntity;
import io.csiloop.persistence.entity.AutomationSettingsEntity;
import io.csiloop.persistence.entity.CycleEventEntity;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import io.csiloop.persistence.entity.EvidenceChangeEntity;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.persistence.entity.ImprovementEntity;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import io.csiloop.persistence.entity.PackSnapshotEntity;
import io.csiloop.persistence.entity.PointChangeEntity;
import io.csiloop.persistence.entity.RebaseEntity;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.process.GateEvidence;
import net.java.ao.RawEntity;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Assumptions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The API over HTTP as the REST tests use it: {@link RestHost} with the real repositories on a fresh in-memory
 * H2 database (or another {@link TestDatabase}) (Active Objects with Jira's table names) and {@link FakeJira}'s ports, the clock fixed at
 * {@link #NOW}; the automation's settings services with the automation's fake scheduler and search. Close it to stop
 * the server and drop the database.
 */
final class RestWorld implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final EntityManagerActiveObjects ao;
    private final TestDatabase.Opened database;
    final FakeJira jira = new FakeJira();
    final FakeScheduler scheduler = new FakeScheduler();
    final FakeIssueSearch search = new FakeIssueSearch();
    final AoDefinitionAutomations automationStore;
    final StoreBeans store;
    /** The improvements raised from lessons, and their links. */
    final FakeIssueCreation created = new FakeIssueCreation();
    private final PackBeans packs;
    final RestHost host;
    final Api api;

    RestWorld() {
        this(List.of());
    }

    /** With more resource classes beside the API's (probes). */
    RestWorld(List<Class<?>> extraResources) {
        this("jdbc:h2:mem:rest-" + SEQUENCE.incrementAndGet() + ";DB_CLOSE_DELAY=-1", extraResources);
    }

    /** On the H2 database at the JDBC URL (a file database keeps large data off the heap). */
    RestWorld(String h2Url, List<Class<?>> extraResources) {
        this(new EntityManagerActiveObjects(AoDatabase.h2(h2Url).entityManager()), null, extraResources);
    }

    /** On a fresh database of the kind (the REST fuzz runs on PostgreSQL too), dropped again by {@link #close()}. */
    RestWorld(TestDatabase database) {
        this(database.openUncounted(), List.of());
    }

    /**
     * On a fresh database of the kind, for a test run on each {@link TestDatabase}; the test is skipped where the
     * database is not configured (PostgreSQL without {@code AO_PG_URL}), as {@code @AcrossDatabases} skips it.
     */
    static RestWorld onConfigured(TestDatabase database) {
        Assumptions.assumeTrue(database.isConfigured(), database + " is not configured here");
        return new RestWorld(database);
    }

    private RestWorld(TestDatabase.Opened database, List<Class<?>> extraResources) {
        this(database.activeObjects(), database, extraResources);
    }

    private RestWorld(EntityManagerActiveObjects ao, TestDatabase.Opened database, List<Class<?>> extraResources) {
        this.ao = ao;
        this.database = database;
        store = StoreBeans.over(ao, Clock.fixed(NOW, ZoneOffset.UTC),
                new ReportingZone(ZoneId.of("Europe/Berlin")));
        ao.migrate(AutomationSettingsEntity.class, AutomationConfigEntity.class);
        automationStore = new AoDefinitionAutomations(ao);
        List<Class<?>> resources = new java.util.ArrayList<>(RestHost.RESOURCES);
        resources.addAll(extraResources);
        packs = packs(store, jira);
        PhaseExitReports reports = new PhaseExitReports(packs.reviews(), new ProcessNames(),
                bean(store, ReportingZone.class), PreviewI18n.standard(), key -> java.util.Optional.empty(),
                bean(store, Clock.class));
        ResourceConfig app = RestHost.application(resources, store.with(jira, jira.issues(), jira.setup(),
                jira.linkedIssues(), packs.readings(), packs.packs(), packs.verdicts(), reports, settings(),
                automations(), jira.statusHistory(), created, new AoTransactions(ao)));
        host = RestHost.start(app.register(jira.authentication()), 0);
        api = new Api(host.base());
    }

    /** The automation's settings over their table, with the fake scheduler. */
    private AutomationSettingsService settings() {
        return new AutomationSettingsService(new AoSettingsStore(ao), scheduler, jira, jira, jira,
                bean(store, Clock.class), bean(store, ReportingZone.class));
    }

    /** The definitions' automation over its table, with the fake scheduler and search. */
    private DefinitionAutomationService automations() {
        return new DefinitionAutomationService(automationStore, bean(store, MeasurementDefinitions.class), search,
                scheduler, jira, jira, bean(store, Clock.class));
    }

    /**
     * The stakeholder packs over the store, with the gate layer they record evidence through (no linked work) and
     * the KPI readings they share with the API.
     */
    private record PackBeans(StakeholderPacks packs, GateReviews reviews, KpiReadings readings,
            ChangeVerdicts verdicts, MeasureChanges changes) {
    }

    private static PackBeans packs(StoreBeans store, FakeJira jira) {
        ImprovementCycles cycles = new ImprovementCycles(bean(store, ImprovementRegister.class));
        MeasureChanges changes = new StoredMeasureChanges(bean(store, GateEvidence.class), bean(store, Rebases.class),
                jira.issues(), bean(store, ReportingZone.class));
        ChangeVerdicts verdicts = new ChangeVerdicts(bean(store, PeriodAggregates.class), changes,
                bean(store, Clock.class), bean(store, ReportingZone.class));
        GateReviews reviews = new GateReviews(bean(store, GateEvidence.class), bean(store, MeasurementDefinitions.class),
                bean(store, DataPoints.class), bean(store, KpiSnapshots.class), cycles, issueId -> List.of(),
                bean(store, PackSnapshots.class), bean(store, ReportingZone.class), bean(store, Clock.class), verdicts);
        KpiReadings readings = new KpiReadings(bean(store, MeasurementDefinitions.class),
                bean(store, PeriodAggregates.class), bean(store, Clock.class), bean(store, ReportingZone.class),
                changes);
        return new PackBeans(new StakeholderPacks(bean(store, PackSnapshots.class), jira.issues(), reviews, cycles,
                bean(store, MeasurementDefinitions.class), readings, PreviewI18n.standard(),
                new ProcessNames(), bean(store, Clock.class)), reviews, readings, verdicts, changes);
    }

    private static <T> T bean(StoreBeans store, Class<T> type) {
        return store.beans().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The repository of the type, to seed what the API cannot write (snapshots, register entries). */
    <T> T repository(Class<T> type) {
        if (type == StakeholderPacks.class || type == KpiReadings.class) {
            return type.cast(type == KpiReadings.class ? packs.readings() : packs.packs());
        }
        if (type == MeasureChanges.class) {
            return type.cast(packs.changes());
        }
        return bean(store, type);
    }

    /** The gate layer the resources use, for a test to record what only the workflow records: a passage. */
    GateReviews reviews() {
        return packs.reviews();
    }

    /** How many rows each table holds: the fuzz test's proof that a refused request wrote nothing. */
    Map<String, Integer> rowCounts() {
        List<Class<? extends RawEntity<Integer>>> tables = List.of(MeasurementDefEntity.class, DataPointEntity.class,
                KpiSnapshotEntity.class, DefinitionAuditEntity.class, GateEvidenceEntity.class, ImprovementEntity.class,
                CycleEventEntity.class, PackSnapshotEntity.class, AutomationSettingsEntity.class,
                AutomationConfigEntity.class, PointChangeEntity.class, EvidenceChangeEntity.class, RebaseEntity.class,
                DayTotalEntity.class);
        return tables.stream().collect(Collectors.toMap(Class::getSimpleName, t -> ao.count(t),
                (a, b) -> a, java.util.TreeMap::new));
    }

    @Override
    public void close() {
        host.close();
        if (database != null) {
            database.close();
            return;
        }
        try {
            ao.entityManager().getProvider().getConnection().createStatement().execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
