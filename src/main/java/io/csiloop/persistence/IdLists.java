package io.csiloop.persistence;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Splits id lists for {@code IN (?, …)} clauses. Every database CSI Loop may run on inside Jira accepts 1,000
 * items in an IN list (Oracle's limit is exactly that), so a read of up to that many ids is one statement.
 */
final class IdLists {

    static final int MAX_IN = 1_000;

    private IdLists() {
    }

    /**
     * Calls {@code query} once per chunk of distinct ids with the condition {@code column IN (?, …)} and the ids
     * as its parameters, in order.
     */
    static <T> void inChunks(String column, Collection<T> ids, BiConsumer<String, Object[]> query) {
        List<T> distinct = ids.stream().distinct().toList();
        for (int start = 0; start < distinct.size(); start += MAX_IN) {
            List<T> chunk = distinct.subList(start, Math.min(distinct.size(), start + MAX_IN));
            query.accept(column + " IN (" + "?, ".repeat(chunk.size() - 1) + "?)", chunk.toArray());
        }
    }
}
