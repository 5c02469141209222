package io.csiloop.application.process;

import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.lifecycle.FourDimension;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CSI register fields a person sets on an Improvement, all optional; the issue, its project and its cycle are
 * the register's own ("start next cycle" is a workflow transition).
 *
 * @param fourDimensions the dimensions affected, by constant name; null for none, and no element may be null
 * @param expectedValue the expected benefit as a number, in {@code unit} ({@code expectedBenefit} describes it)
 * @param expectedBy the day it should be reached, {@code yyyy-MM-dd}
 * @param realisedValue the benefit realised, in {@code unit}: only once the improvement is Improved
 * @param realisedNote how it was measured: only once the improvement is Improved
 */
public record RegisterFields(String objective, String expectedBenefit, String effort, String justification,
                             List<String> fourDimensions, String valueChainActivity, String source,
                             Double expectedValue, String unit, String expectedBy, Double realisedValue,
                             String realisedNote) {

    /** The expected-by text is no day {@code yyyy-MM-dd} ({0} the text). */
    static final String NOT_A_DAY = "csiloop.checklist.error.notADay";

    /** The names of the Four Dimensions of the model, the only dimensions a register entry names. */
    private static final List<String> DIMENSIONS = Stream.of(FourDimension.values()).map(Enum::name).toList();

    /** Fields without a benefit as a number. */
    public RegisterFields(String objective, String expectedBenefit, String effort, String justification,
                          List<String> fourDimensions, String valueChainActivity, String source) {
        this(objective, expectedBenefit, effort, justification, fourDimensions, valueChainActivity, source, null, null,
                null, null, null);
    }

    /**
     * The entry these fields make for the issue in the cycle; refused when a dimension is missing or unknown, or the
     * expected-by day is no day.
     */
    RegisterEntry entry(long issueId, long projectId, int cycle) {
        List<String> dimensions = fourDimensions == null ? List.of() : fourDimensions;
        RecordChecks checks = new RecordChecks();
        for (int i = 0; i < dimensions.size(); i++) {
            checks.required("fourDimensions[" + i + "]", dimensions.get(i))
                    .oneOf("fourDimensions[" + i + "]", dimensions.get(i), DIMENSIONS);
        }
        LocalDate by = null;
        if (expectedBy != null && !expectedBy.isBlank()) {
            try {
                by = LocalDate.parse(expectedBy.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException notADay) {
                checks.add("expectedBy", NOT_A_DAY, expectedBy);
            }
        }
        checks.orRefuse("invalid register fields");
        return new RegisterEntry(issueId, projectId, cycle, objective, expectedBenefit, effort, justification,
                new HashSet<>(dimensions), valueChainActivity, source,
                new Benefit(expectedValue, unit, by, realisedValue, realisedNote));
    }
}
