package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;

/** What the gates need from the KPI side, checked measurement by measurement. */
final class KpiEvidence {

    /** One question about one measurement in one cycle, such as "has it got data?". */
    @FunctionalInterface
    interface MeasurementQuestion {
        boolean holds(KpiFacts kpi, String measurementKey, ImprovementCycle cycle);
    }

    private KpiEvidence() {
    }

    /** At least one measurement, each with unit, direction and target. */
    static List<MissingEvidence> definitions(KpiFacts kpi) {
        List<MeasurementFacts> measurements = kpi.measurements();
        if (measurements.isEmpty()) {
            return List.of(ImprovementCheck.MEASUREMENT_DEFINED.failed());
        }
        return measurements.stream().flatMap(m -> m.missing().stream()).toList();
    }

    /** Each measurement for which the answer is no, named with the cycle; there must be a measurement. */
    static List<MissingEvidence> everyMeasurement(ImprovementGateReview review, MeasurementQuestion question,
                                                  ImprovementCheck check) {
        List<MeasurementFacts> measurements = review.kpi().measurements();
        if (measurements.isEmpty()) {
            return List.of(ImprovementCheck.MEASUREMENT_DEFINED.failed());
        }
        return measurements.stream()
                .filter(m -> !question.holds(review.kpi(), m.key(), review.cycle()))
                .map(m -> check.failed(m.name(), review.cycle().number()))
                .toList();
    }

    /** A before/after comparison of the cycle that says the KPIs improved. */
    static List<MissingEvidence> beforeAfter(ImprovementGateReview review) {
        ImprovementCycle cycle = review.cycle();
        return review.kpi().beforeAfter(cycle)
                .map(verdict -> verdict.missing(cycle))
                .orElseGet(() -> List.of(ImprovementCheck.BEFORE_AFTER_MADE.failed(cycle.number())));
    }
}
