package io.csiloop.preview;

import io.csiloop.host.ao.AoDatabase;
import io.csiloop.port.ProjectRef;

import javax.sql.DataSource;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the preview keeps its data and which projects its directory has beyond the demo's two. README's preview runs on
 * the H2 file of {@link PreviewConfig}; the load harness of issue 19 ({@code io.csiloop.scale}) runs the same host on
 * PostgreSQL, counts the SQL statements that reach the driver by wrapping the pooled data source, and adds the scale
 * data set's fifty projects.
 *
 * @param database     the database of the app's tables and the preview's own (issues, schemes)
 * @param wrap         applied to the pooled data source, e.g. a statement counter; identity for none
 * @param moreProjects projects of the directory after Service Operations and IT Operations
 */
public record PreviewStore(AoDatabase database, UnaryOperator<DataSource> wrap, List<ProjectRef> moreProjects) {

    /** README's preview: the H2 database of the configuration, nothing wrapped, the demo's projects. */
    public static PreviewStore of(PreviewConfig config) {
        return new PreviewStore(AoDatabase.h2(config.databaseUrl()), UnaryOperator.identity(), List.of());
    }
}
