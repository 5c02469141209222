package io.csiloop.persistence;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import io.csiloop.persistence.entity.TargetColumns;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Maps measurement definitions between their table row and their domain record, both ways. */
final class DefinitionRows {

    private DefinitionRows() {
    }

    static StoredDefinition toRecord(MeasurementDefEntity e) {
        MeasurementDefinition definition = new MeasurementDefinition(e.getMeasureKey(), e.getName(),
                e.getDescription(), e.getUnit(), Direction.valueOf(e.getDirection()), e.getTarget(), band(e),
                e.getTolerance(), e.getBaseline(), Aggregation.valueOf(e.getAggregation()),
                PeriodUnit.valueOf(e.getPeriodUnit()), MeasurementSource.valueOf(e.getDataSource()),
                e.getIdealMeasure(), e.getMeasurableToday(), e.getValidMin(), e.getValidMax(),
                e.getRuleProfile() == null ? RuleProfile.DEFAULT : RuleProfile.valueOf(e.getRuleProfile()),
                Boolean.TRUE.equals(e.getScreening()), e.getBaselinePeriods() == null
                        ? MeasurementDefinition.BASELINE_PERIODS_DEFAULT : e.getBaselinePeriods());
        return new StoredDefinition(e.getID(), e.getProjectId(), new Ownership(e.getImprovementId(), e.getOwnerKey()),
                definition, e.getVersion(), Instant.ofEpochMilli(e.getCreatedAtMillis()),
                Instant.ofEpochMilli(e.getUpdatedAtMillis()));
    }

    /** The columns of a new row; null values are left out, as AO's create wants. */
    static Map<String, Object> newRow(long projectId, Ownership ownership, MeasurementDefinition d, long now) {
        Map<String, Object> row = new HashMap<>();
        row.put("PROJECT_ID", projectId);
        putIfPresent(row, "IMPROVEMENT_ID", ownership.improvementIssueId());
        row.put("OWNER_KEY", ownership.ownerKey());
        row.put("MEASURE_KEY", d.key());
        row.put("NAME", d.name());
        putIfPresent(row, "DESCRIPTION", d.description());
        row.put("UNIT", d.unit());
        row.put("DIRECTION", d.direction().name());
        putTarget(row, d.target(), d.band());
        row.put("TOLERANCE", d.tolerance());
        putIfPresent(row, "BASELINE", d.baseline());
        row.put("AGGREGATION", d.aggregation().name());
        row.put("PERIOD_UNIT", d.period().name());
        row.put("DATA_SOURCE", d.source().name());
        putIfPresent(row, "IDEAL_MEASURE", d.idealMeasure());
        putIfPresent(row, "MEASURABLE_TODAY", d.measurableToday());
        putIfPresent(row, "VALID_MIN", d.validMin());
        putIfPresent(row, "VALID_MAX", d.validMax());
        row.put("RULE_PROFILE", d.ruleProfile().name());
        row.put("SCREENING", d.screening());
        row.put("BASELINE_PERIODS", d.baselinePeriods());
        row.put("VERSION", 1);
        row.put("CREATED_AT_MILLIS", now);
        row.put("UPDATED_AT_MILLIS", now);
        return row;
    }

    /** Writes ownership and measure into an existing row (the caller sets version and times, then saves). */
    static void write(MeasurementDefEntity e, Ownership ownership, MeasurementDefinition d) {
        e.setImprovementId(ownership.improvementIssueId());
        e.setOwnerKey(ownership.ownerKey());
        e.setMeasureKey(d.key());
        e.setName(d.name());
        e.setDescription(d.description());
        e.setUnit(d.unit());
        e.setDirection(d.direction().name());
        e.setTarget(d.target());
        e.setBandLow(d.band() == null ? null : d.band().low());
        e.setBandHigh(d.band() == null ? null : d.band().high());
        e.setTolerance(d.tolerance());
        e.setBaseline(d.baseline());
        e.setAggregation(d.aggregation().name());
        e.setPeriodUnit(d.period().name());
        e.setDataSource(d.source().name());
        e.setIdealMeasure(d.idealMeasure());
        e.setMeasurableToday(d.measurableToday());
        e.setValidMin(d.validMin());
        e.setValidMax(d.validMax());
        e.setRuleProfile(d.ruleProfile().name());
        e.setScreening(d.screening());
        e.setBaselinePeriods(d.baselinePeriods());
    }

    /** The definition as the audit log shows it: every field a user can change, in a stable order. */
    static String auditText(long projectId, Ownership ownership, MeasurementDefinition d) {
        return new JsonObject()
                .put("projectId", projectId)
                .put("improvementIssueId", ownership.improvementIssueId())
                .put("ownerKey", ownership.ownerKey())
                .put("key", d.key())
                .put("name", d.name())
                .put("description", d.description())
                .put("unit", d.unit())
                .put("direction", d.direction())
                .put("target", d.target())
                .put("bandLow", d.band() == null ? null : d.band().low())
                .put("bandHigh", d.band() == null ? null : d.band().high())
                .put("tolerance", d.tolerance())
                .put("baseline", d.baseline())
                .put("aggregation", d.aggregation())
                .put("period", d.period())
                .put("source", d.source())
                .put("idealMeasure", d.idealMeasure())
                .put("measurableToday", d.measurableToday())
                .put("validMin", d.validMin())
                .put("validMax", d.validMax())
                .put("ruleProfile", d.ruleProfile())
                .put("screening", d.screening())
                .put("baselinePeriods", d.baselinePeriods())
                .toString();
    }

    /** The band stored in a row's target columns, or null. */
    static Band band(TargetColumns row) {
        return row.getBandLow() == null ? null : new Band(row.getBandLow(), row.getBandHigh());
    }

    /** Puts a target or band into a new row's target columns (see {@link TargetColumns}). */
    static void putTarget(Map<String, Object> row, Double target, Band band) {
        putIfPresent(row, "TARGET", target);
        if (band != null) {
            row.put("BAND_LOW", band.low());
            row.put("BAND_HIGH", band.high());
        }
    }

    static void putIfPresent(Map<String, Object> row, String column, Object value) {
        if (value != null) {
            row.put(column, value);
        }
    }
}
