package io.csiloop.improvement;

import io.csiloop.process.StatusCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImprovementStatusTest {

    @ParameterizedTest(name = "{0}: step {1}, {2}, category {3}")
    @CsvSource({
            "IDENTIFY_APPROACH,      1, PLAN,  new",
            "DEFINE_MEASUREMENT,     2, PLAN,  indeterminate",
            "COLLECT_DATA,           3, DO,    indeterminate",
            "PROCESS_DATA,           4, DO,    indeterminate",
            "ANALYSE_DATA,           5, CHECK, indeterminate",
            "PRESENT_KNOWLEDGE,      6, CHECK, indeterminate",
            "IMPLEMENT_IMPROVEMENTS, 7, ACT,   indeterminate",
    })
    void eachOfTheSevenStepsHasItsNumberAndPdcaStage(ImprovementStatus status, int step, PdcaStage stage,
                                                     String categoryKey) {
        assertEquals(OptionalInt.of(step), status.stepNumber());
        assertEquals(Optional.of(stage), status.pdcaStage());
        assertEquals(categoryKey, status.category().key());
    }

    @Test
    void improvedAndRejectedAreDoneAndNoStep() {
        for (ImprovementStatus end : List.of(ImprovementStatus.IMPROVED, ImprovementStatus.REJECTED)) {
            assertEquals(StatusCategory.DONE, end.category(), end::name);
            assertEquals(OptionalInt.empty(), end.stepNumber(), end::name);
            assertEquals(Optional.empty(), end.pdcaStage(), end::name);
        }
    }

    @Test
    void keysAreTheStatusNamesInKebabCase() {
        assertEquals("implement-improvements", ImprovementStatus.IMPLEMENT_IMPROVEMENTS.key());
        assertEquals("csiloop.improvement.status.implement-improvements.name",
                ImprovementStatus.IMPLEMENT_IMPROVEMENTS.nameKey());
    }
}
