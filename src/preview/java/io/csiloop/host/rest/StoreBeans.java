package io.csiloop.host.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.kpi.ProjectScorecard;
import io.csiloop.host.ao.EntityManagerDatabaseAccessor;
import io.csiloop.jira.host.JiraSqlReads;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.AoDataPoints;
import io.csiloop.persistence.AoDayTotals;
import io.csiloop.persistence.AoDefinitionAudit;
import io.csiloop.persistence.AoGateEvidence;
import io.csiloop.persistence.AoImprovementRegister;
import io.csiloop.persistence.AoKpiSnapshots;
import io.csiloop.persistence.AoMeasurementDefinitions;
import io.csiloop.persistence.AoPackSnapshots;
import io.csiloop.persistence.AoPeriodAggregates;
import io.csiloop.persistence.AoRebases;
import io.csiloop.persistence.AoSettingsStore;
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
import net.java.ao.RawEntity;

import java.time.Clock;
import java.util.List;

/**
 * The store's repositories over one Active Objects instance, as the plugin context declares them, for a host
 * outside Jira ({@link RestHost}: the REST tests and the preview).
 *
 * @param beans the repositories (with the CSV import limits), the project scorecard, the clock and the reporting
 *     zone, in that order
 */
public record StoreBeans(List<Object> beans) {

    /**
     * The entities of atlassian-plugin.xml's {@code <ao>} module that the API needs, migrated by {@link #over}: the
     * automation settings for the CSV import limits they hold.
     */
    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
            MeasurementDefEntity.class, DataPointEntity.class, KpiSnapshotEntity.class,
            DefinitionAuditEntity.class, GateEvidenceEntity.class, ImprovementEntity.class, CycleEventEntity.class,
            PackSnapshotEntity.class, PointChangeEntity.class, AutomationSettingsEntity.class, EvidenceChangeEntity.class,
            RebaseEntity.class, DayTotalEntity.class};

    /** Migrates the tables and builds every repository over them. */
    public static StoreBeans over(ActiveObjects ao, Clock clock, ReportingZone zone) {
        ao.migrate(ENTITIES);
        AoMeasurementDefinitions definitions = new AoMeasurementDefinitions(ao, clock);
        AoKpiSnapshots snapshots = new AoKpiSnapshots(ao);
        AoDataPoints points = new AoDataPoints(ao, clock, zone);
        return new StoreBeans(List.of(definitions, new AoDefinitionAudit(ao), points, snapshots,
                new AoPeriodAggregates(new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), points, zone),
                new AoDayTotals(ao, new JiraSqlReads(EntityManagerDatabaseAccessor.of(ao)), zone),
                new AoGateEvidence(ao, clock), new AoImprovementRegister(ao),
                new ProjectScorecard(definitions, snapshots), new AoPackSnapshots(ao), new AoSettingsStore(ao),
                new AoRebases(ao),
                clock, zone));
    }

    /** The beans with more of the host's (ports) appended, ready for {@link RestHost#application(Object...)}. */
    public Object[] with(Object... more) {
        Object[] all = beans.toArray(new Object[beans.size() + more.length]);
        System.arraycopy(more, 0, all, beans.size(), more.length);
        return all;
    }
}
