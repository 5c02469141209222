package io.csiloop.rest;

import io.csiloop.application.measure.DefinitionInput;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;

/**
 * A measurement definition as a client creates or replaces it. The fields are those of
 * {@link io.csiloop.measure.MeasurementDefinition} with the same names (so field errors name them alike),
 * plus the ownership and, to replace one, the version the client read.
 *
 * @param tolerance absent means 0
 * @param validMin the lowest value a data point may have; absent for no lower end
 * @param validMax the highest value a data point may have; absent for no upper end. The range applies to points
 *     written from then on (recorded, imported, corrected); points already stored stay
 * @param ruleProfile the run rules the measure's chart is read with; absent means {@code MAKING_DATA_COUNT}
 * @param screening whether moving ranges are screened before the limits are computed; absent means false
 * @param baselinePeriods N, the complete periods a phase's limits come from, 12 to 20; absent means 12
 * @param improvementIssueId the owning Improvement issue (id) in the same project; absent for a project measure
 * @param ownerKey the responsible user's key; absent means the caller
 * @param version required to replace: the version read; a newer stored version is a 409 and nothing changes
 */
public record DefinitionInputDto(String key, String name, String description, String unit, Direction direction,
        Double target, BandDto band, Double tolerance, Double baseline, Aggregation aggregation, PeriodUnit period,
        MeasurementSource source, String idealMeasure, String measurableToday, Double validMin, Double validMax,
        RuleProfile ruleProfile, Boolean screening, Integer baselinePeriods, Long improvementIssueId, String ownerKey, Integer version) implements JsonBody {

    DefinitionInput input() {
        return new DefinitionInput(key, name, description, unit, direction, target,
                band == null ? null : new DefinitionInput.BandInput(band.low(), band.high()), tolerance, baseline,
                aggregation, period, source, idealMeasure, measurableToday, validMin, validMax, ruleProfile, screening,
                baselinePeriods, improvementIssueId,
                ownerKey, version);
    }

    /** The good interval of a within-a-band measure; both ends required. */
    public record BandDto(Double low, Double high) implements JsonBody {
    }
}
