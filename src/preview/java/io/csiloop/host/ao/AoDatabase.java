package io.csiloop.host.ao;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

/**
 * Where an Active Objects {@link EntityManager} outside Jira connects, and how it is built: with the
 * Atlassian name converters, so that tables and columns carry the names Jira gives them
 * ({@code AO_E7FE69_MEASUREMENT_DEF}, {@code DEFINITION_ID}), and with a DBCP connection pool as Jira pools.
 *
 * @param url      JDBC URL
 * @param schema   schema to create tables in, or null for the connection's default; H2 2.x needs {@code PUBLIC}
 */
public record AoDatabase(String url, String username, String password, String schema) {

    public static AoDatabase h2(String url) {
        return new AoDatabase(url, "sa", "", "PUBLIC");
    }

    public static AoDatabase hsqldb(String url) {
        return new AoDatabase(url, "SA", "", null);
    }

    public EntityManager entityManager() {
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
                EntityManagerBuilder.url(url).username(username).password(password);
        if (schema != null) {
            builder = builder.schema(schema);
        }
        return builder.dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(AoTablePrefix.csiLoop()))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }
}
