package io.csiloop.pack;

import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.KpiValue;
import io.csiloop.measure.MeasurementDefinition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One KPI of a pack: its definition, its values per period (oldest first) and, where the cycle has data on
 * both sides, its before/after comparison. Status, gap, trend and control limits are derived when rendered.
 */
public record PackKpi(MeasurementDefinition definition, List<KpiValue> values, Optional<BeforeAfter> beforeAfter) {

    public PackKpi {
        Objects.requireNonNull(definition, "definition");
        values = List.copyOf(values);
        Objects.requireNonNull(beforeAfter, "beforeAfter");
    }

    /** The latest period's value, if there is one. */
    public Optional<KpiValue> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }
}
