package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Feeds rows to {@link ActiveObjects#create(Class, List)}, AO's JDBC batch insert, in chunks of bounded size,
 * keeping their order. A row leaves out its null columns; rows are chunked so that every chunk has one set of
 * columns, because AO binds a missing column as NULL through {@code getParameterMetaData()}, which costs a round
 * trip per row on PostgreSQL. Call it inside a transaction: a chunk already sent is undone only by rollback.
 */
final class BatchInsert<T extends RawEntity<K>, K> {

    private final ActiveObjects ao;
    private final Class<T> type;
    private final int chunkSize;
    private List<Map<String, Object>> pending;
    private int written;

    BatchInsert(ActiveObjects ao, Class<T> type, int chunkSize) {
        this.ao = ao;
        this.type = type;
        this.chunkSize = chunkSize;
        this.pending = new ArrayList<>(chunkSize);
    }

    /** Queues a row (column name to value, no null values); sends a chunk when it is full. */
    void add(Map<String, Object> row) {
        if (!pending.isEmpty() && (pending.size() == chunkSize || !row.keySet().equals(pending.get(0).keySet()))) {
            flush();
        }
        pending.add(row);
    }

    /** Sends what is queued; returns how many rows were sent in all. */
    int flush() {
        if (!pending.isEmpty()) {
            ao.create(type, pending);
            written += pending.size();
            pending = new ArrayList<>(chunkSize); // a fresh list: the sent one is AO's now
        }
        return written;
    }
}
