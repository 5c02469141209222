package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.database.DatabaseAccessor;
import net.java.ao.DBParam;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The host's stand-in for Jira's JDBC access: it reads AO's tables by their Jira names in the schema it reports, its
 * statements are counted like AO's, and inside a transaction it lends a fresh connection, blind to the
 * transaction's writes, as Jira's does.
 */
class EntityManagerDatabaseAccessorTest {

    @AcrossDatabases
    void shouldReadAnAoTableByItsJiraNameInTheSchemaItReports(TestDatabase.Opened db) {
        ActiveObjects ao = db.activeObjects();
        ao.migrate(HarnessRecord.class);
        ao.create(HarnessRecord.class, new DBParam("NAME", "seen"));
        DatabaseAccessor accessor = db.activeObjects().databaseAccessor();

        long before = db.statements().count();
        String name = accessor.executeQuery(connection -> {
            String table = accessor.getSchemaName().map(s -> s + ".").orElse("") + "\"AO_E7FE69_HARNESS_REC\"";
            String sql = "SELECT \"NAME\" FROM " + table;
            try (PreparedStatement query = connection.getJdbcConnection().prepareStatement(sql);
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals("seen", name);
        assertEquals(1, db.statements().count() - before, "counted below AO, as AO's own statements are");
    }

    @AcrossDatabases
    void shouldLendAFreshConnectionInsideATransactionThatDoesNotSeeItsWrites(TestDatabase.Opened db) {
        EntityManagerActiveObjects ao = db.activeObjects();
        ao.migrate(HarnessRecord.class);
        DatabaseAccessor accessor = ao.databaseAccessor();

        int[] seen = ao.executeInTransaction(() -> {
            ao.create(HarnessRecord.class, new DBParam("NAME", "uncommitted"));
            return new int[] {ao.count(HarnessRecord.class), accessor.executeQuery(c -> count(accessor, c))};
        });

        assertEquals(1, seen[0], "the transaction sees its own write");
        assertEquals(0, seen[1], "the lent connection is not the transaction's, as in Jira");
        assertEquals(1, (int) accessor.executeQuery(c -> count(accessor, c)), "after the commit it is seen");
    }

    private static int count(DatabaseAccessor accessor, com.atlassian.jira.database.DatabaseConnection connection) {
        String table = accessor.getSchemaName().map(s -> s + ".").orElse("") + "\"AO_E7FE69_HARNESS_REC\"";
        try (PreparedStatement query = connection.getJdbcConnection().prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
