package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Active Objects harness itself, on every database: naming, CRUD, queries and transactions. */
class ActiveObjectsHarnessTest {

    @AcrossDatabases
    void shouldCreateTablesWithJiraNames(TestDatabase.Opened db) throws SQLException {
        db.activeObjects().migrate(HarnessRecord.class);

        assertEquals(Set.of("AMOUNT", "ID", "NAME", "OBSERVED_AT_MILLIS"), Schema.columns(db, "AO_E7FE69_HARNESS_REC"));
    }

    @AcrossDatabases
    void shouldMigrateTwiceWithoutChange(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);
        ao.create(HarnessRecord.class, new DBParam("NAME", "kept"));

        ao.migrate(HarnessRecord.class);

        assertEquals(1, ao.count(HarnessRecord.class));
    }

    @AcrossDatabases
    void shouldCreateFindUpdateAndDelete(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);
        HarnessRecord created = ao.create(HarnessRecord.class, new DBParam("NAME", "first"), new DBParam("AMOUNT", 2.5));

        created.setAmount(7.25);
        created.save();

        HarnessRecord[] found = ao.find(HarnessRecord.class, Query.select().where("NAME = ?", "first"));
        assertEquals(1, found.length);
        assertEquals(7.25, found[0].getAmount());
        ao.delete(found);
        assertNull(ao.get(HarnessRecord.class, created.getID()));
    }

    @AcrossDatabases
    void shouldStreamInQueryOrder(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);
        for (long at : new long[] {30, 10, 20}) {
            ao.create(HarnessRecord.class, new DBParam("NAME", "p" + at), new DBParam("OBSERVED_AT_MILLIS", at));
        }
        List<Long> seen = new ArrayList<>();

        ao.stream(HarnessRecord.class, Query.select("ID, NAME, OBSERVED_AT_MILLIS").order("OBSERVED_AT_MILLIS ASC"),
                row -> seen.add(row.getObservedAtMillis()));

        assertEquals(List.of(10L, 20L, 30L), seen);
    }

    @AcrossDatabases
    void shouldRollBackEveryWriteOfAFailedTransaction(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            ao.create(HarnessRecord.class, new DBParam("NAME", "one"));
            ao.create(HarnessRecord.class, new DBParam("NAME", "two"));
            throw new IllegalStateException("fault injected mid-transaction");
        }));

        assertEquals(0, ao.count(HarnessRecord.class));
    }

    @AcrossDatabases
    void shouldJoinAnEnclosingTransaction(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> ao.create(HarnessRecord.class, new DBParam("NAME", "inner")));
            throw new IllegalStateException("outer fails after the inner call returned");
        }));

        assertEquals(0, ao.count(HarnessRecord.class));
    }

    @AcrossDatabases
    void shouldCommitASuccessfulTransaction(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);

        int id = ao.executeInTransaction(() -> ao.create(HarnessRecord.class, new DBParam("NAME", "kept")).getID());

        assertEquals("kept", ao.get(HarnessRecord.class, id).getName());
    }
}
