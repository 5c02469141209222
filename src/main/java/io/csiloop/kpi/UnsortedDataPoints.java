package io.csiloop.kpi;

import java.time.Instant;

/**
 * Data points given out of time order to a computation that streams over them. A programming error
 * of the caller (storage returns them sorted), so the message is for logs, not users.
 */
public final class UnsortedDataPoints extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param index the position of the offending data point, counted from 0
     * @param previous when the data point before it was observed
     * @param observedAt when the offending data point was observed (earlier than {@code previous})
     */
    public UnsortedDataPoints(long index, Instant previous, Instant observedAt) {
        super("data points must be in time order, but data point " + index + " (" + observedAt
                + ") is earlier than the one before it (" + previous + ")");
    }
}
