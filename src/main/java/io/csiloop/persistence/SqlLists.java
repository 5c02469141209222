package io.csiloop.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code IN (?, …)} clauses of at most 1,000 ids, the most every database Jira supports accepts in one list
 * (Oracle's limit), so that a read of up to 1,000 ids is one statement.
 */
final class SqlLists {

    static final int CHUNK = 1_000;

    private SqlLists() {
    }

    /** Calls {@code read} with {@code column IN (?, …)} and its ids once per chunk of the distinct ids. */
    static void chunked(String column, Collection<Integer> ids, BiConsumer<String, List<Object>> read) {
        List<Object> pending = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < pending.size(); from += CHUNK) {
            List<Object> chunk = pending.subList(from, Math.min(from + CHUNK, pending.size()));
            read.accept(column + " IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk);
        }
    }
}
