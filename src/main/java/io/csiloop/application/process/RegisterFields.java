package io.csiloop.application.process;

import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.lifecycle.FourDimension;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CSI register fields a person sets on an Improvement, all optional; the issue, its project and its cycle are
 * the register's own ("start next cycle" is a workflow transition).
 *
 * @param fourDimensions the dimensions affected, by constant name; null for none, and no element may be null
 */
public record RegisterFields(String objective, String expectedBenefit, String effort, String justification,
                             List<String> fourDimensions, String valueChainActivity, String source) {

    /** The names of the Four Dimensions of the model, the only dimensions a register entry names. */
    private static final List<String> DIMENSIONS = Stream.of(FourDimension.values()).map(Enum::name).toList();

    /** The entry these fields make for the issue in the cycle; refused when a dimension is missing or unknown. */
    RegisterEntry entry(long issueId, long projectId, int cycle) {
        List<String> dimensions = fourDimensions == null ? List.of() : fourDimensions;
        RecordChecks checks = new RecordChecks();
        for (int i = 0; i < dimensions.size(); i++) {
            checks.required("fourDimensions[" + i + "]", dimensions.get(i))
                    .oneOf("fourDimensions[" + i + "]", dimensions.get(i), DIMENSIONS);
        }
        checks.orRefuse("invalid register fields");
        return new RegisterEntry(issueId, projectId, cycle, objective, expectedBenefit, effort, justification,
                new HashSet<>(dimensions), valueChainActivity, source);
    }
}
