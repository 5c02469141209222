package io.csiloop.measure;

import io.csiloop.kernel.RecordChecks;

import java.util.regex.Pattern;

/**
 * What is measured and how it is judged: the measure itself, without identity, project, owner or
 * version (those belong to storage). Immutable; every instance is valid.
 *
 * <p>Numbers are in the measure's {@code unit}, finite and of a magnitude of at most
 * {@link RecordChecks#MAX_MAGNITUDE} (the one range of every number the app stores). A {@link Direction#HIGHER_IS_BETTER} or
 * {@link Direction#LOWER_IS_BETTER} measure has a {@code target} and no {@code band}; a
 * {@link Direction#WITHIN_BAND} measure has a {@code band} and no {@code target}.
 *
 * @param key short identifier unique within a project, e.g. {@code MTTR}: a letter, then letters,
 *     digits, {@code -}, {@code _} or {@code .}; at most {@value #KEY_MAX} characters
 * @param name the human name; at most {@value #NAME_MAX} characters
 * @param description optional (null or blank allowed); at most {@value #TEXT_MAX} characters
 * @param unit what one of the values counts, e.g. {@code hours}, {@code %}; at most {@value #UNIT_MAX}
 * @param direction which way the measure improves
 * @param target the value aimed at; null exactly when the direction is within a band
 * @param band the good interval; null unless the direction is within a band
 * @param tolerance how far a value may miss the target (or stray outside the band) and still count as
 *     near target; zero or more
 * @param baseline the value before improvement started, or null when not known
 * @param aggregation how a period's data points make its value
 * @param period the length of the reporting periods
 * @param source where the data points come from
 * @param idealMeasure gap analysis: what we would like to measure; optional, at most {@value #TEXT_MAX}
 * @param measurableToday gap analysis: what we can measure today; optional, at most {@value #TEXT_MAX}
 * @throws DefinitionInvalid with every error when any component is invalid; a missing required
 *     component is an error {@code csiloop.measure.error.required} on that field, never a
 *     {@link NullPointerException}
 */
public record MeasurementDefinition(
        String key, String name, String description, String unit,
        Direction direction, Double target, Band band, double tolerance, Double baseline,
        Aggregation aggregation, PeriodUnit period, MeasurementSource source,
        String idealMeasure, String measurableToday) {

    public static final int KEY_MAX = 50;
    public static final int NAME_MAX = 255;
    public static final int UNIT_MAX = 50;
    public static final int TEXT_MAX = 4000;

    static final String KEY_FORMAT_INVALID = "csiloop.measure.error.keyFormat";
    static final String TARGET_REQUIRED = "csiloop.measure.error.targetRequired";
    static final String TARGET_NOT_ALLOWED = "csiloop.measure.error.targetNotAllowed";
    static final String BAND_REQUIRED = "csiloop.measure.error.bandRequired";
    static final String BAND_NOT_ALLOWED = "csiloop.measure.error.bandNotAllowed";
    static final String BAND_INVERTED = "csiloop.measure.error.bandInverted";

    private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    public MeasurementDefinition {
        RecordChecks checks = new RecordChecks();
        checks.requiredText("key", key, KEY_MAX);
        if (key != null && !key.isBlank() && !KEY_FORMAT.matcher(key).matches()) {
            checks.add("key", KEY_FORMAT_INVALID);
        }
        checks.requiredText("name", name, NAME_MAX);
        checks.optionalText("description", description, TEXT_MAX);
        checks.requiredText("unit", unit, UNIT_MAX);
        checks.required("direction", direction);
        checkTargetOrBand(checks, direction, target, band);
        checks.storableNumber("tolerance", tolerance);
        if (tolerance < 0 && tolerance >= -RecordChecks.MAX_MAGNITUDE) { // one error per field
            checks.add("tolerance", RecordChecks.NEGATIVE);
        }
        checks.storableNumber("baseline", baseline);
        checks.required("aggregation", aggregation);
        checks.required("period", period);
        checks.required("source", source);
        checks.optionalText("idealMeasure", idealMeasure, TEXT_MAX);
        checks.optionalText("measurableToday", measurableToday, TEXT_MAX);
        checks.orThrow(DefinitionInvalid::new);
    }

    private static void checkTargetOrBand(RecordChecks checks, Direction direction, Double target, Band band) {
        checks.storableNumber("target", target);
        if (band != null) {
            checks.storableNumber("band.low", band.low()).storableNumber("band.high", band.high());
            if (Double.isFinite(band.low()) && Double.isFinite(band.high()) && band.low() > band.high()) {
                checks.add("band", BAND_INVERTED, band.low(), band.high());
            }
        }
        if (direction == null) {
            return;
        }
        if (direction.needsTarget()) {
            if (target == null) {
                checks.add("target", TARGET_REQUIRED);
            }
            if (band != null) {
                checks.add("band", BAND_NOT_ALLOWED);
            }
        } else {
            if (band == null) {
                checks.add("band", BAND_REQUIRED);
            }
            if (target != null) {
                checks.add("target", TARGET_NOT_ALLOWED);
            }
        }
    }
}
