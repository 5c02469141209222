package io.csiloop.rest;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;

import java.util.List;

/**
 * A stored measurement definition. Instants are ISO-8601 text in UTC.
 *
 * @param ruleProfile the run rules the measure's chart is read with
 * @param screening whether moving ranges are screened before the limits are computed
 * @param baselinePeriods N, the complete periods a phase's limits come from
 * @param version one more on every change; send it back to replace or delete the definition
 */
public record DefinitionDto(int id, long projectId, String key, String name, String description, String unit,
        Direction direction, Double target, DefinitionInputDto.BandDto band, double tolerance, Double baseline,
        Aggregation aggregation, PeriodUnit period, MeasurementSource source, String idealMeasure,
        String measurableToday, Double validMin, Double validMax, RuleProfile ruleProfile, boolean screening,
        int baselinePeriods, Long improvementIssueId, String ownerKey,
        int version, String createdAt, String updatedAt) implements JsonBody {

    static DefinitionDto of(StoredDefinition stored) {
        MeasurementDefinition d = stored.definition();
        return new DefinitionDto(stored.id(), stored.projectId(), d.key(), d.name(), d.description(), d.unit(),
                d.direction(), d.target(),
                d.band() == null ? null : new DefinitionInputDto.BandDto(d.band().low(), d.band().high()),
                d.tolerance(), d.baseline(), d.aggregation(), d.period(), d.source(), d.idealMeasure(),
                d.measurableToday(), d.validMin(), d.validMax(), d.ruleProfile(), d.screening(),
                d.baselinePeriods(), stored.ownership().improvementIssueId(),
                stored.ownership().ownerKey(), stored.version(), stored.createdAt().toString(), stored.updatedAt().toString());
    }

    /** The definitions of a project, ordered by key. */
    public record ListDto(List<DefinitionDto> definitions) implements JsonBody {
    }
}
