package io.csiloop.kpi;

import io.csiloop.measure.Direction;
import io.csiloop.measure.RuleProfile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignalMeaningProperties {

    /**
     * Negating the data mirrors every signal to the other side; flipping the direction as well gives the same
     * meanings, and the same variation icon with its side mirrored. Quarter-units keep the arithmetic exact.
     */
    @Property
    void meaningsFlipWithTheDirectionWhenTheDataAreNegated(
            @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -40, max = 40) Double> raw,
            @ForAll RuleProfile profile, @ForAll boolean screening) {
        double[] values = raw.stream().mapToDouble(v -> Math.rint(v * 4) / 4).toArray();
        double[] negated = java.util.Arrays.stream(values).map(v -> -v).toArray();
        List<SignalMeaning> higher = meanings(values, Direction.HIGHER_IS_BETTER, profile, screening);
        assertEquals(higher, meanings(negated, Direction.LOWER_IS_BETTER, profile, screening));
        assertEquals(higher.stream().map(SignalMeaningProperties::flip).toList(),
                meanings(negated, Direction.HIGHER_IS_BETTER, profile, screening));
    }

    private static List<SignalMeaning> meanings(double[] values, Direction direction, RuleProfile profile,
            boolean screening) {
        XmrLimits limits = XmrLimits.of(values, screening);
        return RunRules.signals(values, limits, profile).stream()
                .sorted(java.util.Comparator.<Signal>comparingInt(s -> s.points().get(0))
                        .thenComparing(Signal::rule))
                .map(s -> SignalMeaning.of(s.side(), direction, null, limits.centre())).toList();
    }

    private static SignalMeaning flip(SignalMeaning meaning) {
        return switch (meaning) {
            case IMPROVEMENT -> SignalMeaning.CONCERN;
            case CONCERN -> SignalMeaning.IMPROVEMENT;
            case NEUTRAL -> SignalMeaning.NEUTRAL;
        };
    }
}
