package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

/**
 * Compile-only stand-in for the Active Objects plugin's service interface, as Jira 11.3 exports it.
 * Mirrors https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (the interface is unchanged in name and package on Jira 11; jira-platform.md section 8.1).
 * Only the members the app calls are declared. Never packaged: Jira supplies the real service.
 */
public interface ActiveObjects {
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    @SuppressWarnings("unchecked")
    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /**
     * Inserts the rows as one JDBC batch, returning nothing (no entity per row). Every row must have the same
     * columns, keyed by column name. Present in the AO plugin's interface since 5.x: see
     * https://github.com/ngannk-fptu/Decompiled-Files, path
     * com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjects.java;
     * AO core 6.1.1's EntityManager implements it with DatabaseProvider.insertBatch (one PreparedStatement,
     * addBatch per row, one executeBatch). jira-platform.md 8.1 lists it as unconfirmed on 11.3's AO plugin.
     */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
