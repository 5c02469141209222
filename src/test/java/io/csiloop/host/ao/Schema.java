package io.csiloop.host.ao;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a test database's schema holds, read from JDBC metadata: column and index names upper-cased, since H2
 * and HSQLDB fold unquoted names to upper case and PostgreSQL keeps the case AO quotes.
 */
public final class Schema {

    private Schema() {
    }

    /** The table's column names; empty when the table does not exist. */
    public static Set<String> columns(TestDatabase.Opened db, String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.jdbc()) {
            for (String candidate : spellings(table)) {
                try (ResultSet rs = c.getMetaData().getColumns(null, db.database().schema(), candidate, null)) {
                    while (rs.next()) {
                        names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    /**
     * The table's indexes as their column lists (in index order), each marked {@code unique} or not, keyed by a
     * readable form such as {@code unique(PROJECT_ID, MEASURE_KEY)}; the primary key's index is left out.
     */
    public static Set<String> indexes(TestDatabase.Opened db, String table) throws SQLException {
        Map<String, List<String>> columnsByIndex = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (Connection c = db.jdbc()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String candidate : spellings(table)) {
                try (ResultSet rs = meta.getIndexInfo(null, db.database().schema(), candidate, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        if (index == null || rs.getString("COLUMN_NAME") == null) {
                            continue;
                        }
                        List<String> columns = columnsByIndex.computeIfAbsent(index, i -> new ArrayList<>());
                        int position = rs.getShort("ORDINAL_POSITION");
                        while (columns.size() < position) {
                            columns.add(null);
                        }
                        columns.set(position - 1, rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        unique.put(index, !rs.getBoolean("NON_UNIQUE"));
                    }
                }
            }
        }
        Set<String> described = new TreeSet<>();
        columnsByIndex.forEach((index, columns) -> {
            String form = (unique.get(index) ? "unique(" : "(") + String.join(", ", columns) + ")";
            if (!form.equals("unique(ID)")) {
                described.add(form);
            }
        });
        return described;
    }

    private static List<String> spellings(String table) {
        return List.of(table, table.toLowerCase(Locale.ROOT));
    }
}
