package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.RuleProfile;

import java.util.List;
import java.util.Optional;

/**
 * What a measure's control chart says, read with the measure's own rule profile: every signal with its meaning,
 * the variation icon of the latest point and the assurance icon of the target against the limits.
 *
 * @param profile the rule profile the signals were read with (named wherever they are shown)
 * @param signals the signals, as {@link RunRules#signals(double[], XmrLimits, RuleProfile)}
 *     orders them, each with its meaning
 * @param variation the state of the latest point
 * @param assurance the target against the limits; empty without a target or band
 */
public record SignalReading(RuleProfile profile, List<Meant> signals, VariationIcon variation,
        Optional<AssuranceIcon> assurance) {

    /** A signal and what it means for the measure. */
    public record Meant(Signal signal, SignalMeaning meaning) {
    }

    public SignalReading {
        signals = List.copyOf(signals);
    }

    /**
     * Reads the values against the limits with the definition's rule profile, direction, target and band.
     *
     * @param values at least one value, in time order; the last is the latest point
     * @param limits the limits the values are read against (possibly from a baseline)
     */
    public static SignalReading of(double[] values, XmrLimits limits, MeasurementDefinition definition) {
        List<Signal> found = RunRules.signals(values, limits, definition.ruleProfile());
        List<Meant> meant = found.stream()
                .map(s -> new Meant(s, SignalMeaning.of(s.side(), definition.direction(), definition.band(),
                        limits.centre())))
                .toList();
        VariationIcon variation = VariationIcon.of(values.length, found, definition.direction(), definition.band(),
                limits.centre());
        return new SignalReading(definition.ruleProfile(), meant, variation,
                AssuranceIcon.of(limits, definition.direction(), definition.target(), definition.band()));
    }
}
