package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ModelVersion;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.ModelUpgradeRunner;
import io.csiloop.host.ao.Schema;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.upgrade.V002ObservedDay;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model version 2 on every database: a version-1 schema, seeded through the frozen v001 entities, gains the
 * observed day of every row; running the upgrade again changes nothing; a fresh install lands at version 2.
 */
class V002ObservedDayTest {

    private static final String NAMESPACE = "io.csiloop.jira";
    private static final Instant START = Instant.parse("2026-03-28T20:00:00Z"); // the night Berlin moves to summer time
    /** Rows 20 minutes apart: more than two pages of the backfill, over 35 days from before the change. */
    private static final int ROWS = 2_500;

    @AcrossDatabases
    void shouldBackfillTheObservedDayOfEveryVersion1RowOnce(TestDatabase.Opened db) throws SQLException {
        var ao = db.activeObjects();
        ao.migrate(io.csiloop.persistence.upgrade.v001.DataPointEntity.class); // the schema of a version-1 installation
        assertFalse(Schema.columns(db, "AO_E7FE69_DATA_POINT").contains("OBSERVED_DAY"));
        Map<String, Object> version1Row = DefinitionRows.newRow(Store.PROJECT, new Ownership(null, Store.ALICE),
                Store.measure("MTTR", Aggregation.SUM, PeriodUnit.DAY), 0L);
        version1Row.keySet().removeAll(List.of("RULE_PROFILE", "SCREENING", "BASELINE_PERIODS")); // added later
        int definition = ao.create(io.csiloop.persistence.upgrade.v001.MeasurementDefEntity.class, version1Row).getID();
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            points.add(new DataPoint(START.plusSeconds(1_200L * i), i % 7));
        }
        ao.create(io.csiloop.persistence.upgrade.v001.DataPointEntity.class, version1Rows(definition, points));
        ReportingZone zone = new ReportingZone(Store.ZONE);
        ModelUpgradeRunner runner = new ModelUpgradeRunner(ao, NAMESPACE);

        ModelVersion upgraded = runner.upgrade(List.of(new V002ObservedDay(zone)), Store.ENTITIES);

        assertTrue(upgraded.isSame(ModelVersion.valueOf("2")), "at version " + upgraded);
        assertEquals(Set.of("(DEFINITION_ID)", "(DEFINITION_ID, OBSERVED_AT_MILLIS, OBSERVED_DAY, MEASURED_VALUE)",
                        "(DEFINITION_ID, IMPROVEMENT_CYCLE)"), withoutPrimaryKey(Schema.indexes(db, "AO_E7FE69_DATA_POINT")),
                "the migration replaced version 1's index on the definition and time by the covering one");
        Map<Long, Integer> days = observedDays(db);
        assertEquals(points.size(), days.size());
        days.forEach((at, day) -> assertEquals(LocalDate.ofInstant(Instant.ofEpochMilli(at), Store.ZONE).toEpochDay(), (long) day));

        assertTrue(runner.upgrade(List.of(new V002ObservedDay(zone)), Store.ENTITIES).isSame(upgraded));
        new V002ObservedDay(zone).upgrade(upgraded, ao); // even the task itself, run again, finds nothing to do
        assertEquals(days, observedDays(db));

        Store store = new Store(ao);
        StoredDefinition d = store.definitions.find(definition).orElseThrow();
        assertTrue(Schema.columns(db, "AO_E7FE69_MEASUREMENT_DEF").containsAll(List.of("VALID_MIN", "VALID_MAX")),
                "nullable columns added after version 2 need no model version: the migration adds them");
        assertEquals(Arrays.asList(null, null), Arrays.asList(d.definition().validMin(), d.definition().validMax()));
        assertEquals(List.of(RuleProfile.MAKING_DATA_COUNT, false, 12), List.of(d.definition().ruleProfile(),
                d.definition().screening(), d.definition().baselinePeriods()), "an old row reads as the defaults");
        assertEquals(engine(points, d), store.aggregates.of(List.of(d), START, START.plusSeconds(86_400L * 40), Store.ZONE).get(definition),
                "the backfilled days total as the KPI engine computes");
    }

    @AcrossDatabases
    void shouldInstallFreshAtVersion2(TestDatabase.Opened db) throws SQLException {
        ModelUpgradeRunner runner = new ModelUpgradeRunner(db.activeObjects(), NAMESPACE);
        assertTrue(runner.current().isSame(ModelVersion.valueOf(null)));

        ModelVersion installed = runner.upgrade(List.of(new V002ObservedDay(new ReportingZone(Store.ZONE))), Store.ENTITIES);

        assertTrue(installed.isSame(ModelVersion.valueOf("2")));
        assertTrue(runner.current().isSame(installed));
        assertTrue(Schema.columns(db, "AO_E7FE69_DATA_POINT").contains("OBSERVED_DAY"));
        assertTrue(Schema.columns(db, "AO_E7FE69_GATE_EVIDENCE").contains("ANSWER_STATE"), "the current entities are migrated");
    }

    private static List<Map<String, Object>> version1Rows(int definition, List<DataPoint> points) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DataPoint p : points) {
            Map<String, Object> row = new HashMap<>();
            row.put("DEFINITION_ID", definition);
            row.put("OBSERVED_AT_MILLIS", p.observedAt().toEpochMilli());
            row.put("MEASURED_VALUE", p.value());
            row.put("DATA_SOURCE", "MANUAL");
            row.put("RECORDED_AT_MILLIS", 0L);
            row.put("IMPROVEMENT_CYCLE", 1);
            rows.add(row);
        }
        return rows;
    }

    private static Map<Long, Integer> observedDays(TestDatabase.Opened db) throws SQLException {
        Map<Long, Integer> days = new HashMap<>();
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"OBSERVED_AT_MILLIS\", \"OBSERVED_DAY\" FROM \"AO_E7FE69_DATA_POINT\"")) {
            while (rs.next()) {
                days.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getInt(2));
            }
        }
        return days;
    }

    private static List<KpiValue> engine(List<DataPoint> points, StoredDefinition d) {
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points.stream().sorted(Comparator.comparing(DataPoint::observedAt)).toList(), d.definition(), Store.ZONE)
                .forEachRemaining(values::add);
        return values;
    }

    /** The indexes but the primary key's, which each database names and reports in its own way. */
    private static Set<String> withoutPrimaryKey(Set<String> indexes) {
        return indexes.stream().filter(i -> !i.equals("unique(ID)")).collect(Collectors.toSet());
    }
}
