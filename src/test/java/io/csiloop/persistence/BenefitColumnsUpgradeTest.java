package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.ModelUpgradeRunner;
import io.csiloop.host.ao.Schema;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.measure.ReportingZone;
import io.csiloop.persistence.upgrade.V002ObservedDay;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benefit columns of the register (issue 18) on every database: an installation at model version 2 with
 * register rows gains them when the plugin starts, every row kept as it was with no benefit; the benefit then saves
 * and reads back to the day. The columns are nullable, so they need no model version of their own (the AO
 * migration of the current entities adds them, as it added the measure's valid range), and the model stays at 2.
 */
class BenefitColumnsUpgradeTest {

    private static final String NAMESPACE = "io.csiloop.jira";
    private static final String TABLE = "AO_E7FE69_IMPROVEMENT";
    private static final List<String> BENEFIT_COLUMNS = List.of("EXPECTED_VALUE", "BENEFIT_UNIT", "EXPECTED_BY_DAY",
            "REALISED_VALUE", "REALISED_NOTE");

    @AcrossDatabases
    void shouldAddTheBenefitColumnsToAVersion2RegisterKeepingEveryRow(TestDatabase.Opened db) throws SQLException {
        var ao = db.activeObjects();
        ModelUpgradeRunner runner = new ModelUpgradeRunner(ao, NAMESPACE);
        List<ActiveObjectsUpgradeTask> tasks = List.of(new V002ObservedDay(new ReportingZone(Store.ZONE)));
        ao.migrate(io.csiloop.persistence.beforebenefits.ImprovementEntity.class);
        ao.create(io.csiloop.persistence.beforebenefits.ImprovementEntity.class, row(40_400L, 2, "Faster recovery",
                "Two hours less downtime a month", "VALUE_STREAMS_AND_PROCESSES"));
        ao.create(io.csiloop.persistence.beforebenefits.ImprovementEntity.class, row(40_401L, 1, null, null, null));
        assertFalse(Schema.columns(db, TABLE).contains("EXPECTED_VALUE"));

        ModelVersion upgraded = runner.upgrade(tasks, Store.ENTITIES);

        Store store = new Store(ao);
        RegisterEntry kept = new RegisterEntry(40_400L, Store.PROJECT, 2, "Faster recovery",
                "Two hours less downtime a month", null, null, Set.of("VALUE_STREAMS_AND_PROCESSES"), null, null);
        assertAll(() -> assertTrue(upgraded.isSame(ModelVersion.valueOf("2")), "at version " + upgraded),
                () -> assertTrue(Schema.columns(db, TABLE).containsAll(BENEFIT_COLUMNS), Schema.columns(db, TABLE).toString()),
                () -> assertEquals(Optional.of(kept), store.register.find(40_400L), "the row as it was, without a benefit"),
                () -> assertEquals(2, store.register.ofProject(Store.PROJECT).size()));

        Benefit benefit = new Benefit(40.5, "hours per month", LocalDate.of(2027, 3, 31), 38.25, "three months of tickets");
        store.register.save(kept.withBenefit(benefit));
        assertEquals(benefit, store.register.find(40_400L).orElseThrow().benefit());
        assertTrue(runner.upgrade(tasks, Store.ENTITIES).isSame(upgraded), "starting again changes nothing");
        assertEquals(benefit, store.register.find(40_400L).orElseThrow().benefit());
    }

    private static Map<String, Object> row(long issueId, int cycle, String objective, String benefit, String dimensions) {
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", issueId);
        row.put("PROJECT_ID", Store.PROJECT);
        row.put("CYCLE_NUMBER", cycle);
        row.put("OBJECTIVE", objective);
        row.put("EXPECTED_BENEFIT", benefit);
        row.put("FOUR_DIMENSIONS", dimensions);
        return row;
    }
}
