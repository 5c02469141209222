package io.csiloop.kpi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase of a {@link PhasedChart}: the periods from the series' start or from an approved {@link Rebase} up to the
 * next one, with limits of its own. The limits come from the phase's first {@code baselinePeriods} values and are
 * frozen and extended over the rest of it (Making Data Count: limits from a baseline of 12 to 20 points, then held
 * still); with fewer than {@value PhasedChart#MIN_BASELINE_PERIODS} values so far they are trial limits, computed from
 * what there is and said to be trial wherever they are shown. They never depend on another phase's values.
 *
 * @param from the index in the chart's values of the phase's first value shown (a phase may begin before the
 *     chart's window: its limits still come from its own first periods)
 * @param to the index after its last value shown
 * @param firstPeriod the period the phase begins with (shown or not)
 * @param lastPeriod its last period with a value
 * @param limits its frozen (or trial) limits; empty while the phase has a single value
 * @param baselinePeriods how many of its first values made the limits
 * @param trial whether the limits are trial limits: fewer than {@value PhasedChart#MIN_BASELINE_PERIODS} values made
 *     them
 * @param rebase the approved rebase the phase began with; empty for the phase the series begins with
 * @param signals the run rules' signals of the values shown against the phase's limits, their points indices in the
 *     chart's values
 */
public record Phase(int from, int to, Period firstPeriod, Period lastPeriod, Optional<XmrLimits> limits,
        int baselinePeriods, boolean trial, Optional<Rebase> rebase, List<Signal> signals) {

    public Phase {
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        Objects.requireNonNull(lastPeriod, "lastPeriod");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rebase, "rebase");
        signals = List.copyOf(signals);
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a phase shows at least one value: [" + from + ", " + to + ")");
        }
    }

    /** Whether the value at the index of the chart's values belongs to the phase. */
    public boolean holds(int index) {
        return index >= from && index < to;
    }
}
