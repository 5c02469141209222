package io.csiloop.application.automation;

import io.csiloop.kernel.Repository;
import io.csiloop.port.IssueRef;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signals that raised Improvement issues. A fingerprint is stored under a unique index, and a signal that goes
 * on (an off-target streak, a run on the chart) is the same signal as long as its span overlaps one already
 * raised, whose span then grows with it.
 */
@Repository
public interface RaisedSignals {

    /** The raised signal of the definition and kind whose span meets {@code [from, to]}, if any. */
    Optional<RaisedSignal> overlapping(int definitionId, SignalCandidate.Kind kind, Instant from, Instant to);

    /**
     * Claims the fingerprint.
     *
     * @throws RuntimeException (an integrity violation from the database) when it is claimed already
     */
    RaisedSignal claim(String fingerprint, int definitionId, SignalCandidate.Kind kind, Instant spanStart,
            Instant spanEnd, Instant at);

    /** Moves the span's end to {@code spanEnd} when that is later. */
    void extend(long id, Instant spanEnd);

    /** Records the issue the signal raised. */
    void attach(long id, IssueRef issue);

    /** The definition's raised signals, oldest first. */
    List<RaisedSignal> ofDefinition(int definitionId);
}
