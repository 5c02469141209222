package io.csiloop.kpi;

import java.util.List;
import java.util.Optional;

/**
 * An XmR (individuals and moving range) chart of a KPI's period values: its lines and its signals.
 *
 * @param limits centre line, average moving range, natural process limits and upper range limit
 * @param signals every signal of the {@link SignalRule}s, as {@link RunRules#signals} orders them
 */
public record XmrChart(XmrLimits limits, List<Signal> signals) {

    public XmrChart {
        signals = List.copyOf(signals);
    }

    /** The chart of individual values in time order; empty when fewer than 2 are given. */
    public static Optional<XmrChart> of(double... values) {
        if (values.length < 2) {
            return Optional.empty();
        }
        XmrLimits limits = XmrLimits.of(values);
        return Optional.of(new XmrChart(limits, RunRules.signals(values, limits)));
    }

    /** The chart of the values of consecutive periods (periods without a value are simply skipped). */
    public static Optional<XmrChart> of(List<KpiValue> values) {
        return of(values.stream().mapToDouble(KpiValue::value).toArray());
    }
}
