package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;
import java.util.OptionalDouble;

/** How much of the way from the baseline to the target a value has come. */
public final class Progress {

    private Progress() {
    }

    /**
     * {@code (value - baseline) / (target - baseline)}: 0 at the baseline, 1 at the target, above 1
     * beyond it, negative when the value moved away from the target. Within a band the target is the
     * band end nearer to the baseline. Empty when the definition has no baseline, when the baseline
     * equals the target, or when the baseline already lies in the band.
     */
    public static OptionalDouble fromBaseline(MeasurementDefinition definition, double value) {
        Double baseline = definition.baseline();
        if (baseline == null || definition.band() != null && definition.band().contains(baseline)) {
            return OptionalDouble.empty();
        }
        double target = Gap.aim(definition, baseline);
        if (target == baseline) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((value - baseline) / (target - baseline));
    }
}
