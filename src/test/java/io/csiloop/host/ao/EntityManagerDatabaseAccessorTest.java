package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.database.DatabaseAccessor;
import net.java.ao.DBParam;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The host's stand-in for Jira's JDBC access: it reads AO's tables by their Jira names in the schema it reports, its
 * statements are counted like AO's, and it refuses to lend a connection inside a transaction (Jira's would lend a
 * fresh one there, blind to the transaction's writes).
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
    void shouldRefuseToLendAConnectionInsideATransaction(TestDatabase.Opened db) {
        EntityManagerActiveObjects ao = db.activeObjects();
        DatabaseAccessor accessor = ao.databaseAccessor();

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> accessor.executeQuery(c -> 1)));
        assertEquals(1, (int) accessor.executeQuery(c -> 1), "outside a transaction it lends one");
    }
}
