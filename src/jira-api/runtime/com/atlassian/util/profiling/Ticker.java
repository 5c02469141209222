package com.atlassian.util.profiling;

/**
 * No-op runtime shim for atlassian-profiling's {@code Ticker} (see {@link Metrics}). Never packaged.
 */
public interface Ticker extends AutoCloseable {
    Ticker NO_OP = () -> { };

    @Override
    void close();
}
