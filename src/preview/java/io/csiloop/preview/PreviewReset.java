package io.csiloop.preview;

import io.csiloop.preview.demo.IssueTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code -Dpreview.reset=true}: the preview's database emptied before start (the app's Active Objects tables, the
 * preview's issues and project schemes, everything), so that the start migrates an empty database and seeds the
 * demo afresh, as if target/preview had been deleted by hand.
 */
final class PreviewReset {

    private PreviewReset() {
    }

    static void dropEverything(IssueTable.Connections connections) {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("resetting the preview's database failed", e);
        }
    }
}
