package io.csiloop.measure;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kernel.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The chart settings of a definition: rule profile, screening and N, the baseline periods. */
class ChartSettingsTest {

    @Test
    void defaultsAreMakingDataCountWithoutScreeningOnTwelvePeriods() {
        MeasurementDefinition defaults = new MeasurementDefinition("FCR", "First contact", null, "%",
                Direction.HIGHER_IS_BETTER, 80.0, null, 0, null, Aggregation.AVERAGE, PeriodUnit.MONTH,
                MeasurementSource.MANUAL, null, null);
        assertEquals(RuleProfile.MAKING_DATA_COUNT, defaults.ruleProfile());
        assertFalse(defaults.screening());
        assertEquals(12, defaults.baselinePeriods());
    }

    @Test
    void aMissingProfileReadsAsTheDefault() {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.ruleProfile = null;
        assertEquals(RuleProfile.DEFAULT, draft.build().ruleProfile());
    }

    @Test
    void baselinePeriodsTakeTwelveToTwenty() {
        assertEquals(12, baseline(12).baselinePeriods());
        assertEquals(20, baseline(20).baselinePeriods());
        for (int outside : new int[] {11, 21, 0}) {
            List<FieldError> errors = assertThrows(DefinitionInvalid.class, () -> baseline(outside)).errors();
            assertEquals(List.of("baselinePeriods"), errors.stream().map(FieldError::field).toList());
            FieldError error = errors.get(0);
            assertEquals("The baseline takes from 12 to 20 complete periods.",
                    new EnglishMessages().text(error.messageKey(), error.params()));
        }
    }

    private static MeasurementDefinition baseline(int periods) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.baselinePeriods = periods;
        return draft.build();
    }
}
