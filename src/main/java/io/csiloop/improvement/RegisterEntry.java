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
 * @param fourDimensions the dimensions affected, e.g. {@code VALUE_STREAMS_AND_PROCESSES}; never null; stored
 *     comma-separated in a column of {@value RecordChecks#SHORT_TEXT} characters, which they must fit
 * @param valueChainActivity one of {@link RegisterChoices#VALUE_CHAIN}, e.g. {@code IMPROVE}, or null
 * @param source one of {@link RegisterChoices#SOURCES}, e.g. {@code KPI_SIGNAL}, or null
 * @param benefit the expected benefit as a number (which {@code expectedBenefit} describes) and the realised one;
 *     {@link Benefit#NONE} when none is given, never null
 */
public record RegisterEntry(long issueId, long projectId, int cycle, String objective, String expectedBenefit,
        String effort, String justification, Set<String> fourDimensions, String valueChainActivity, String source,
        Benefit benefit) {

    public static final int TEXT_MAX = 4_000;
    static final int EFFORT_MAX = 30;
    static final int CHOICE_MAX = 60;

    public RegisterEntry {
        fourDimensions = fourDimensions == null ? Set.of() : Set.copyOf(fourDimensions);
        benefit = benefit == null ? Benefit.NONE : benefit;
    }

    /** An entry without a benefit as a number. */
    public RegisterEntry(long issueId, long projectId, int cycle, String objective, String expectedBenefit,
            String effort, String justification, Set<String> fourDimensions, String valueChainActivity, String source) {
        this(issueId, projectId, cycle, objective, expectedBenefit, effort, justification, fourDimensions,
                valueChainActivity, source, Benefit.NONE);
    }

    /** This entry with another benefit. */
    public RegisterEntry withBenefit(Benefit other) {
        return new RegisterEntry(issueId, projectId, cycle, objective, expectedBenefit, effort, justification,
                fourDimensions, valueChainActivity, source, other);
    }

    /** The dimensions in a stable (alphabetical) order, as stored. */
    public Set<String> sortedDimensions() {
        return new TreeSet<>(fourDimensions);
    }

    public void check(RecordChecks checks) {
        checks.positive("issueId", issueId).positive("projectId", projectId).positive("cycle", cycle)
                .optionalText("objective", objective, TEXT_MAX).optionalText("expectedBenefit", expectedBenefit, TEXT_MAX)
                .optionalText("justification", justification, TEXT_MAX);
        int found = checks.errors().size();
        checks.tokens("fourDimensions", fourDimensions, CHOICE_MAX);
        if (checks.errors().size() == found) { // the column's length, once every dimension is a token
            checks.optionalText("fourDimensions", String.join(",", sortedDimensions()), RecordChecks.SHORT_TEXT);
        }
        optionalToken(checks, "effort", effort, EFFORT_MAX);
        checks.oneOf("valueChainActivity", valueChainActivity, RegisterChoices.VALUE_CHAIN)
                .oneOf("source", source, RegisterChoices.SOURCES);
        benefit.check(checks);
    }

    private static void optionalToken(RecordChecks checks, String field, String token, int maxLength) {
        if (token != null) {
            checks.tokens(field, Set.of(token), maxLength);
        }
    }
}
