package io.csiloop.application.automation;

import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.SignalRule;

import java.util.Objects;
import java.util.Set;

/**
 * A signal at a definition's latest closed period that may raise an Improvement.
 *
 * @param kind what signals
 * @param first the first period the signal spans (the start of the off-target streak, the first point of the chart
 *     signal)
 * @param last the period it was seen at: the latest closed one
 * @param latest the KPI value of {@code last}
 * @param rules the control-chart rules that fire (empty for an off-target streak)
 */
public record SignalCandidate(Kind kind, Period first, Period last, KpiValue latest, Set<SignalRule> rules) {

    /** The two things that can raise an Improvement. */
    public enum Kind {
        /** The KPI has been off target for the configured number of consecutive periods, or longer. */
        OFF_TARGET,
        /** The control chart shows a signal (any of the run rules) at the latest period. */
        CHART
    }

    public SignalCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(latest, "latest");
        rules = Set.copyOf(rules);
    }

    /** How many periods the signal spans. */
    public long periods() {
        return first.periodsUntil(last) + 1;
    }

    /**
     * What identifies the signal for ever: the definition, the kind and where it started. Stored with a unique
     * index, so that two runs can never both raise it.
     */
    public String fingerprint(int definitionId) {
        return definitionId + ":" + kind + ":" + first.unit() + ":" + first.start().toEpochMilli();
    }
}
