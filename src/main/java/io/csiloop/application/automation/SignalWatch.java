package io.csiloop.application.automation;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalRule;
import io.csiloop.measure.MeasurementDefinition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a definition's recent KPI values for the signals its {@link RaisePolicy} asks about, at the latest closed
 * period only: a signal that ended before is not news. Statuses are judged against the definition as it stands.
 */
public final class SignalWatch {

    private SignalWatch() {
    }

    /**
     * @param values the definition's values in ascending period order, up to the latest closed period
     * @param latestClosed the latest closed period of the definition
     * @return the candidates, at most one of each kind
     */
    public static List<SignalCandidate> candidates(MeasurementDefinition definition, RaisePolicy policy,
            List<KpiValue> values, Period latestClosed) {
        return candidates(definition, policy, values, ProcessChanges.none(), latestClosed);
    }

    /**
     * The candidates of a measure whose chart has phases and change points: its signals are read against the limits
     * of each value's own phase, as the panels read them.
     */
    public static List<SignalCandidate> candidates(MeasurementDefinition definition, RaisePolicy policy,
            List<KpiValue> values, ProcessChanges changes, Period latestClosed) {
        List<SignalCandidate> candidates = new ArrayList<>();
        if (!policy.active() || values.isEmpty() || !values.get(values.size() - 1).period().equals(latestClosed)) {
            return candidates;
        }
        if (policy.offTargetPeriods() > 0) {
            offTarget(definition, values, policy.offTargetPeriods()).ifPresent(candidates::add);
        }
        if (policy.chartSignals()) {
            chart(KpiReading.of(definition, values, changes)).ifPresent(candidates::add);
        }
        return candidates;
    }

    /** The streak of consecutive off-target periods ending at the latest value, when it is long enough. */
    private static Optional<SignalCandidate> offTarget(MeasurementDefinition definition, List<KpiValue> values,
            int needed) {
        KpiValue latest = values.get(values.size() - 1);
        Period first = latest.period();
        for (int i = values.size() - 1; i >= 0; i--) {
            KpiValue value = values.get(i);
            boolean adjacent = value.period().equals(first) || value.period().next().equals(first);
            if (!adjacent || KpiStatus.of(definition, value) != KpiStatus.OFF_TARGET) {
                break;
            }
            first = value.period();
        }
        boolean longEnough = KpiStatus.of(definition, latest) == KpiStatus.OFF_TARGET
                && first.periodsUntil(latest.period()) + 1 >= needed;
        return longEnough ? Optional.of(new SignalCandidate(SignalCandidate.Kind.OFF_TARGET, first, latest.period(),
                latest, Set.of())) : Optional.empty();
    }

    /** The chart signals that include the latest value, as one candidate spanning all of them. */
    private static Optional<SignalCandidate> chart(KpiReading reading) {
        List<KpiValue> recent = reading.values();
        int last = recent.size() - 1;
        List<Signal> firing = reading.signalsAtLatest();
        if (firing.isEmpty()) {
            return Optional.empty();
        }
        int firstPoint = firing.stream().mapToInt(s -> s.points().get(0)).min().orElseThrow();
        Set<SignalRule> rules = EnumSet.noneOf(SignalRule.class);
        firing.forEach(s -> rules.add(s.rule()));
        return Optional.of(new SignalCandidate(SignalCandidate.Kind.CHART, recent.get(firstPoint).period(),
                recent.get(last).period(), recent.get(last), rules));
    }
}
