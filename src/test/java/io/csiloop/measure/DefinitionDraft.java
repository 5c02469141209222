package io.csiloop.measure;

/**
 * A mutable stand-in for a {@link MeasurementDefinition} under construction, so that a test changes
 * only the components it is about. Starts as a valid higher-is-better definition.
 */
public final class DefinitionDraft {

    public String key = "FCR";
    public String name = "First-contact resolution";
    public String description = "Share of incidents resolved at the first contact";
    public String unit = "%";
    public Direction direction = Direction.HIGHER_IS_BETTER;
    public Double target = 80.0;
    public Band band;
    public double tolerance = 5;
    public Double baseline = 60.0;
    public Aggregation aggregation = Aggregation.AVERAGE;
    public PeriodUnit period = PeriodUnit.MONTH;
    public MeasurementSource source = MeasurementSource.MANUAL;
    public String idealMeasure = "Resolution without any follow-up contact";
    public String measurableToday = "Incidents resolved by the first assignee";
    public Double validMin;
    public Double validMax;
    public RuleProfile ruleProfile = RuleProfile.DEFAULT;
    public boolean screening;
    public int baselinePeriods = MeasurementDefinition.BASELINE_PERIODS_DEFAULT;

    /** A valid higher-is-better draft: target 80 %, tolerance 5, baseline 60. */
    public static DefinitionDraft higherIsBetter(double target, double tolerance) {
        DefinitionDraft draft = new DefinitionDraft();
        draft.target = target;
        draft.tolerance = tolerance;
        return draft;
    }

    /** A valid lower-is-better draft. */
    public static DefinitionDraft lowerIsBetter(double target, double tolerance) {
        DefinitionDraft draft = higherIsBetter(target, tolerance);
        draft.direction = Direction.LOWER_IS_BETTER;
        return draft;
    }

    /** A valid within-a-band draft without a target. */
    public static DefinitionDraft withinBand(double low, double high, double tolerance) {
        DefinitionDraft draft = higherIsBetter(0, tolerance);
        draft.direction = Direction.WITHIN_BAND;
        draft.target = null;
        draft.band = new Band(low, high);
        return draft;
    }

    public DefinitionDraft baseline(Double value) {
        baseline = value;
        return this;
    }

    public MeasurementDefinition build() {
        return new MeasurementDefinition(key, name, description, unit, direction, target, band, tolerance, baseline,
                aggregation, period, source, idealMeasure, measurableToday, validMin, validMax, ruleProfile, screening,
                baselinePeriods);
    }
}
