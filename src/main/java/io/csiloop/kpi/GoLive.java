package io.csiloop.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * When an improvement cycle's change went live: the change point the before/after verdict of that cycle is read at,
 * and where the chart marks the change.
 *
 * @param issueKey the Improvement's key, for labels ("SVC-3 cycle 1")
 * @param cycle the improvement cycle, from 1
 * @param at the go-live moment
 * @param recorded true when a person recorded the date in step 7's evidence; false while it is the moment the issue
 *     entered step 7 (the stand-in until someone records it, said so wherever it is shown)
 */
public record GoLive(String issueKey, int cycle, Instant at, boolean recorded) {

    public GoLive {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(at, "at");
        if (cycle < 1) {
            throw new IllegalArgumentException("cycles count from 1: " + cycle);
        }
    }
}
