package io.csiloop.preview.seed;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;

/** The measurement definitions of the demo: one per improvement that measures, and one of the whole project. */
final class DemoMeasures {

    static final MeasurementDefinition MTTR = new MeasurementDefinition("MTTR-P2", "Time to resolve P2 incidents",
            "Mean hours from a P2 incident being raised to its resolution.", "hours", Direction.LOWER_IS_BETTER,
            8.0, null, 1.0, 12.0, Aggregation.AVERAGE, PeriodUnit.WEEK, MeasurementSource.MANUAL,
            "Time until the customer can work again", "Time until the incident is resolved in Jira");

    static final MeasurementDefinition FCR = new MeasurementDefinition("FCR", "First-contact resolution",
            "Share of contacts the service desk resolves without handing them on.", "%", Direction.HIGHER_IS_BETTER,
            75.0, null, 5.0, 60.0, Aggregation.AVERAGE, PeriodUnit.MONTH, MeasurementSource.MANUAL,
            "Contacts resolved to the customer's satisfaction", "Contacts closed by the first agent");

    static final MeasurementDefinition CSAT = new MeasurementDefinition("CSAT", "Customer satisfaction",
            "Average score of the satisfaction survey after each resolved request.", "points",
            Direction.HIGHER_IS_BETTER, 4.2, null, 0.2, 3.9, Aggregation.AVERAGE, PeriodUnit.MONTH,
            MeasurementSource.CSV, "", "");

    static final MeasurementDefinition CHANGE_SUCCESS = new MeasurementDefinition("CHG-OK", "Change success rate",
            "Share of changes implemented without an incident or a rollback.", "%", Direction.HIGHER_IS_BETTER,
            95.0, null, 2.0, 93.0, Aggregation.AVERAGE, PeriodUnit.MONTH, MeasurementSource.MANUAL, "", "");

    private DemoMeasures() {
    }
}
