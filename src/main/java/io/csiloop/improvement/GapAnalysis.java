package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * Step 2's comparison of what we would like to measure with what we can measure today; the gap
 * between them is a known limit of every conclusion drawn later.
 *
 * @param idealMeasure    what would show the improvement best; blank until written
 * @param measurableToday what the data available today can show; blank until written
 */
public record GapAnalysis(String idealMeasure, String measurableToday) {

    public GapAnalysis {
        Objects.requireNonNull(idealMeasure, "idealMeasure");
        Objects.requireNonNull(measurableToday, "measurableToday");
    }

    public static GapAnalysis empty() {
        return new GapAnalysis("", "");
    }

    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ImprovementCheck.GAP_IDEAL_MEASURE.unlessWritten(idealMeasure),
                ImprovementCheck.GAP_MEASURABLE_TODAY.unlessWritten(measurableToday));
    }
}
