package io.csiloop.improvement;

import io.csiloop.kernel.RecordChecks;

import java.util.Set;
import java.util.TreeSet;

/**
 * The CSI register fields of one Improvement issue. Choices the process model defines (the Four Dimensions,
 * the value chain activity, the source) are stored as its constants' names, so the register does not depend
 * on those types.
 *
 * @param issueId the Improvement issue; one entry per issue
 * @param projectId its project
 * @param cycle the improvement cycle it is in, from 1; "start next cycle" adds one
 * @param objective the vision or objective it serves; at most 4,000 characters
 * @param expectedBenefit at most 4,000 characters
 * @param effort effort or size, e.g. {@code M}: a token of at most 30 characters, or null
 * @param justification at most 4,000 characters
 * @param fourDimensions the dimensions affected, e.g. {@code VALUE_STREAMS_AND_PROCESSES}; never null
 * @param valueChainActivity e.g. {@code IMPROVE}: a token of at most 60 characters, or null
 * @param source e.g. {@code INCIDENT_TREND}, {@code KPI_SIGNAL}: a token of at most 60 characters, or null
 */
public record RegisterEntry(long issueId, long projectId, int cycle, String objective, String expectedBenefit,
        String effort, String justification, Set<String> fourDimensions, String valueChainActivity, String source) {

    public static final int TEXT_MAX = 4_000;
    static final int EFFORT_MAX = 30;
    static final int CHOICE_MAX = 60;

    public RegisterEntry {
        fourDimensions = fourDimensions == null ? Set.of() : Set.copyOf(fourDimensions);
    }

    /** The dimensions in a stable (alphabetical) order, as stored. */
    public Set<String> sortedDimensions() {
        return new TreeSet<>(fourDimensions);
    }

    public void check(RecordChecks checks) {
        checks.positive("issueId", issueId).positive("projectId", projectId).positive("cycle", cycle)
                .optionalText("objective", objective, TEXT_MAX).optionalText("expectedBenefit", expectedBenefit, TEXT_MAX)
                .optionalText("justification", justification, TEXT_MAX)
                .tokens("fourDimensions", fourDimensions, CHOICE_MAX);
        optionalToken(checks, "effort", effort, EFFORT_MAX);
        optionalToken(checks, "valueChainActivity", valueChainActivity, CHOICE_MAX);
        optionalToken(checks, "source", source, CHOICE_MAX);
    }

    private static void optionalToken(RecordChecks checks, String field, String token, int maxLength) {
        if (token != null) {
            checks.tokens(field, Set.of(token), maxLength);
        }
    }
}
