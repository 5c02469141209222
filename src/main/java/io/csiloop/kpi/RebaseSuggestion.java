package io.csiloop.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * A new phase the app suggests and a person may approve: after an improvement's go-live, the complete periods since
 * show a sustained shift to the better side of the current phase's centre. Only ever suggested: approving it, with a
 * reason, is a person's decision (Making Data Count: limits are not redrawn each time a rule fires), and until then
 * the chart keeps the current phase's limits.
 *
 * @param goLive the change the shift follows; the suggested phase would begin at its instant
 * @param rule the sustained-shift rule that fired ({@link SignalRule#detectsShift()})
 * @param shiftFrom the first period of the shift
 * @param shiftTo its last period
 */
public record RebaseSuggestion(GoLive goLive, SignalRule rule, Period shiftFrom, Period shiftTo) {

    public RebaseSuggestion {
        Objects.requireNonNull(goLive, "goLive");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(shiftFrom, "shiftFrom");
        Objects.requireNonNull(shiftTo, "shiftTo");
    }

    /** Where the suggested phase would begin: the go-live's instant. */
    public Instant at() {
        return goLive.at();
    }
}
