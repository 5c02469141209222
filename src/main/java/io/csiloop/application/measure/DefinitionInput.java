package io.csiloop.application.measure;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;

/**
 * A measurement definition as a caller creates or replaces it, checked by {@link ProjectMeasures}. The fields are
 * those of {@link io.csiloop.measure.MeasurementDefinition} with the same names (so field errors name them alike),
 * plus the ownership and, to replace one, the version the caller read.
 *
 * @param band the good interval of a within-a-band measure; absent for other measures
 * @param tolerance absent means 0
 * @param validMin the lowest value a data point may have; absent for no lower end
 * @param validMax the highest value a data point may have; absent for no upper end
 * @param ruleProfile the run rules of the measure's chart; absent means Making Data Count
 * @param screening whether moving ranges are screened before the limits are computed; absent means no
 * @param baselinePeriods N, the complete periods a phase's limits come from (12 to 20); absent means 12
 * @param improvementIssueId the owning Improvement issue (id) in the same project; absent for a project measure
 *     when created, and for "keep the link" when replaced
 * @param ownerKey the responsible user's key; absent or blank means the caller
 * @param version required to replace: the version read
 */
public record DefinitionInput(String key, String name, String description, String unit, Direction direction,
        Double target, BandInput band, Double tolerance, Double baseline, Aggregation aggregation, PeriodUnit period,
        MeasurementSource source, String idealMeasure, String measurableToday, Double validMin, Double validMax,
        RuleProfile ruleProfile, Boolean screening, Integer baselinePeriods, Long improvementIssueId, String ownerKey, Integer version) {

    /** The same input, owned by the improvement (null: by the project). */
    DefinitionInput linkedTo(Long owner) {
        return new DefinitionInput(key, name, description, unit, direction, target, band, tolerance, baseline,
                aggregation, period, source, idealMeasure, measurableToday, validMin, validMax, ruleProfile, screening,
                baselinePeriods, owner, ownerKey, version);
    }

    /** The good interval as sent: both ends are required. */
    public record BandInput(Double low, Double high) {
    }
}
