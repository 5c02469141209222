package io.csiloop.persistence;

import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.persistence.entity.DataPointEntity;
import net.java.ao.EntityManager;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The data point INSERT, written beside AO's model: it must name what AO's migration made of the entity. */
class DataPointInsertTest {

    @AcrossDatabases
    void shouldNameEveryColumnOfTheTableButTheId(TestDatabase.Opened db) throws Exception {
        EntityManager manager = db.activeObjects().entityManager();
        new Store(db.activeObjects()); // migrates the model
        String table = manager.getProvider().withSchema(manager.getTableNameConverter().getName(DataPointEntity.class));
        Set<String> columns = new TreeSet<>();
        try (Connection jdbc = manager.getProvider().getConnection(); Statement query = jdbc.createStatement();
             ResultSet none = query.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
            }
        }
        columns.remove("ID");

        assertEquals(columns, new TreeSet<>(DataPointInsert.COLUMNS), "a column added to the entity must be written");
    }
}
