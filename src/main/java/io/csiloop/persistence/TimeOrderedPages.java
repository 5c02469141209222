package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.persistence.entity.DataPointEntity;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The data points of one definition in {@code [from, to)}, in (observed at, id) order, fetched a page at a
 * time with keyset paging: each page starts at the last instant of the one before, so a page costs one indexed
 * range read however deep into the range it is, and rows written meanwhile are neither repeated nor skipped.
 *
 * <p>Pages are asked for in the order of the (definition, observed at) index alone, which every database reads
 * straight from the index; asking for the id as a tie-break too made H2 sort the whole rest of the range for every
 * page (a thread dump of an export showed it). The ties are put in id order here instead: a page's last instant
 * may continue beyond the page, so its rows are left out and the next page starts at it; an instant with more rows
 * than a page is read on its own, in id order and in pages too.
 */
final class TimeOrderedPages<T> implements Iterator<T> {

    /** The rows of one definition in {@code [from, to)}: its id, then the range in epoch milliseconds. */
    static final String IN_RANGE = "DEFINITION_ID = ? AND OBSERVED_AT_MILLIS >= ? AND OBSERVED_AT_MILLIS < ?";
    /** Time order, equal instants in the order they were recorded: the order every read of points keeps. */
    static final String TIME_ORDER = "OBSERVED_AT_MILLIS ASC, ID ASC";

    private static final String AFTER = "DEFINITION_ID = ? AND OBSERVED_AT_MILLIS > ? AND OBSERVED_AT_MILLIS < ?";
    private static final String INDEX_ORDER = "DEFINITION_ID ASC, OBSERVED_AT_MILLIS ASC";
    private static final String AT_INSTANT = "DEFINITION_ID = ? AND OBSERVED_AT_MILLIS = ? AND ID > ?";
    private static final Comparator<Row<?>> ROW_ORDER = Comparator.<Row<?>>comparingLong(Row::at)
            .thenComparingInt(Row::id);

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
    /** Where the next page starts: after this instant, or at it when its rows were left out of the page before. */
    private long lastAt;
    private boolean fromLastAt;
    /** While the rows of one instant are read on their own: that instant, and the last id read of it. */
    private boolean inTie;
    private int lastTieId;

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
        while (page.isEmpty() && !exhausted) {
            if (inTie) {
                fetchTie();
            } else {
                fetch();
            }
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
        Query query = started && !fromLastAt ? Query.select(columns).where(AFTER, definitionId, lastAt, toMillis)
                : Query.select(columns).where(IN_RANGE, definitionId, started ? lastAt : fromMillis, toMillis);
        started = true;
        List<Row<T>> rows = read(query.order(INDEX_ORDER));
        rows.sort(ROW_ORDER);
        if (rows.size() < pageSize) {
            exhausted = true;
            rows.forEach(row -> page.addLast(row.value()));
            return;
        }
        // the last instant may go on beyond the page, and which of its rows came is up to the database: they are
        // read again with the next page, or on their own when the page holds nothing else
        long cut = rows.get(rows.size() - 1).at();
        lastAt = cut;
        if (rows.get(0).at() == cut) {
            inTie = true;
            lastTieId = Integer.MIN_VALUE;
            return;
        }
        fromLastAt = true;
        rows.stream().filter(row -> row.at() < cut).forEach(row -> page.addLast(row.value()));
    }

    private void fetchTie() {
        List<Row<T>> rows = read(Query.select(columns).where(AT_INSTANT, definitionId, lastAt, lastTieId)
                .order("ID ASC"));
        rows.forEach(row -> page.addLast(row.value()));
        if (rows.size() < pageSize) {
            inTie = false; // the instant is read completely; the next page starts after it
            fromLastAt = false;
        } else {
            lastTieId = rows.get(rows.size() - 1).id();
        }
    }

    private List<Row<T>> read(Query query) {
        List<Row<T>> rows = new ArrayList<>(pageSize);
        ao.stream(DataPointEntity.class, query.limit(pageSize),
                row -> rows.add(new Row<>(row.getObservedAtMillis(), row.getID(), map.apply(row))));
        return rows;
    }

    /** One row read: where it sorts, and what the caller wants of it. */
    private record Row<T>(long at, int id, T value) {
    }
}
