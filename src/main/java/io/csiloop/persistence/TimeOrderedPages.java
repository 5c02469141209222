package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.persistence.entity.DataPointEntity;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The data points of one definition in {@code [from, to)}, in (observed at, id) order, fetched a page at a
 * time with keyset paging: each page starts after the last row of the one before, so a page costs one indexed
 * range read however deep into the range it is, and rows written meanwhile are neither repeated nor skipped.
 */
final class TimeOrderedPages<T> implements Iterator<T> {

    /** The rows of one definition in {@code [from, to)}: its id, then the range in epoch milliseconds. */
    static final String IN_RANGE = "DEFINITION_ID = ? AND OBSERVED_AT_MILLIS >= ? AND OBSERVED_AT_MILLIS < ?";
    /** Time order, equal instants in the order they were recorded: the order every read of points keeps. */
    static final String TIME_ORDER = "OBSERVED_AT_MILLIS ASC, ID ASC";

    private final ActiveObjects ao;
    private final int definitionId;
    private final long fromMillis;
    private final long toMillis;
    private final int pageSize;
    private final String columns;
    private final Function<DataPointEntity, T> map;
    private final ArrayDeque<T> page = new ArrayDeque<>();
    private boolean started;
    private boolean exhausted;
    private long lastAt;
    private int lastId;

    TimeOrderedPages(ActiveObjects ao, int definitionId, Instant from, Instant to, int pageSize, String columns,
            Function<DataPointEntity, T> map) {
        this.ao = ao;
        this.definitionId = definitionId;
        this.fromMillis = from.toEpochMilli();
        this.toMillis = to.toEpochMilli();
        this.pageSize = pageSize;
        this.columns = columns;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        return !page.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.removeFirst();
    }

    private void fetch() {
        Query query = started
                ? Query.select(columns).where("DEFINITION_ID = ? AND OBSERVED_AT_MILLIS < ? AND (OBSERVED_AT_MILLIS > ?"
                        + " OR (OBSERVED_AT_MILLIS = ? AND ID > ?))", definitionId, toMillis, lastAt, lastAt, lastId)
                : Query.select(columns).where(IN_RANGE, definitionId, fromMillis, toMillis);
        started = true;
        int before = page.size();
        ao.stream(DataPointEntity.class, query.order(TIME_ORDER).limit(pageSize), row -> {
            page.addLast(map.apply(row));
            lastAt = row.getObservedAtMillis();
            lastId = row.getID();
        });
        exhausted = page.size() - before < pageSize;
    }
}
