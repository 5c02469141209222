package io.csiloop.kpi;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.RuleProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One call reads a measure's chart with its own profile: signals with meaning, and both icons. */
class SignalReadingTest {

    @Test
    void readsWithTheDefinitionsProfileDirectionAndTarget() {
        double[] values = WorkedExamplesTest.values(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);
        XmrLimits limits = XmrLimits.of(values, true);
        DefinitionDraft lower = DefinitionDraft.lowerIsBetter(5, 0);
        lower.ruleProfile = RuleProfile.KPI_SIGNALS;

        SignalReading reading = SignalReading.of(values, limits, lower.build());

        assertEquals(RuleProfile.KPI_SIGNALS, reading.profile());
        assertEquals(List.of(SignalMeaning.CONCERN), reading.signals().stream().map(SignalReading.Meant::meaning)
                .toList());
        assertEquals(VariationIcon.COMMON_CAUSE, reading.variation());
        assertEquals(Optional.of(AssuranceIcon.CONSISTENTLY_PASS), reading.assurance(), "5 is above 4.60");
        assertEquals(VariationIcon.CONCERN_HIGH,
                SignalReading.of(java.util.Arrays.copyOf(values, 5), limits, lower.build()).variation());
    }
}
