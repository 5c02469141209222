package io.csiloop.kpi;

/**
 * How a {@link MannWhitneyU} p-value and a {@link ShiftEstimate}'s interval were computed, chosen as R's
 * {@code wilcox.test} chooses: exact when both samples have fewer than 50 values and no value is tied,
 * the normal approximation otherwise.
 */
public enum TestMethod {
    /** The exact distribution of the U statistic under the null hypothesis. */
    EXACT("exact"),
    /** The normal approximation with tie correction and continuity correction. */
    NORMAL_APPROXIMATION("normal approximation");

    /** The largest sample size, exclusive, at which R still uses the exact distribution. */
    static final int EXACT_BELOW = 50;

    private final String words;

    TestMethod(String words) {
        this.words = words;
    }

    /** The method in words, as the REST answer and the pack name it. */
    public String words() {
        return words;
    }

    /** The method R's {@code wilcox.test} uses for samples of these sizes, with or without ties. */
    static TestMethod of(int n1, int n2, boolean tied) {
        return n1 < EXACT_BELOW && n2 < EXACT_BELOW && !tied ? EXACT : NORMAL_APPROXIMATION;
    }
}
