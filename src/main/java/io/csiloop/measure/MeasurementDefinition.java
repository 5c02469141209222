package io.csiloop.measure;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.RecordChecks;

import java.math.BigDecimal;
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
 * <p>The optional valid range ({@code validMin}, {@code validMax}, either end open when null) bounds the values a
 * data point may have, e.g. 0 to 100 for a percentage; {@link #admits} is the one check every way in (a point, a
 * correction, a CSV line) asks. It applies to values written from then on: points stored before the range was set
 * or narrowed stay as they are (they were valid when measured; correcting one moves it into the range).
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
 * @param validMin the lowest value a data point may have, or null for no lower end
 * @param validMax the highest value a data point may have, or null for no upper end; not below {@code validMin}
 * @param ruleProfile the run rules the control chart is read with; null reads as {@link RuleProfile#DEFAULT} (rows
 *     stored before the choice existed)
 * @param screening whether the moving ranges are screened before the limits are computed (off by default)
 * @param baselinePeriods N, the number of complete periods a phase's limits are computed from before they are
 *     frozen: {@value #BASELINE_PERIODS_MIN} to {@value #BASELINE_PERIODS_MAX}, {@value #BASELINE_PERIODS_DEFAULT}
 *     by default (Making Data Count's advice)
 * @throws DefinitionInvalid with every error when any component is invalid; a missing required
 *     component is an error {@code csiloop.measure.error.required} on that field, never a
 *     {@link NullPointerException}
 */
public record MeasurementDefinition(
        String key, String name, String description, String unit,
        Direction direction, Double target, Band band, double tolerance, Double baseline,
        Aggregation aggregation, PeriodUnit period, MeasurementSource source,
        String idealMeasure, String measurableToday, Double validMin, Double validMax,
        RuleProfile ruleProfile, boolean screening, int baselinePeriods) {

    public static final int KEY_MAX = 50;
    public static final int BASELINE_PERIODS_MIN = 12;
    public static final int BASELINE_PERIODS_MAX = 20;
    public static final int BASELINE_PERIODS_DEFAULT = 12;
    public static final int NAME_MAX = 255;
    public static final int UNIT_MAX = 50;
    public static final int TEXT_MAX = 4000;

    static final String KEY_FORMAT_INVALID = "csiloop.measure.error.keyFormat";
    static final String TARGET_REQUIRED = "csiloop.measure.error.targetRequired";
    static final String TARGET_NOT_ALLOWED = "csiloop.measure.error.targetNotAllowed";
    static final String BAND_REQUIRED = "csiloop.measure.error.bandRequired";
    static final String BAND_NOT_ALLOWED = "csiloop.measure.error.bandNotAllowed";
    static final String BAND_INVERTED = "csiloop.measure.error.bandInverted";
    static final String RANGE_INVERTED = "csiloop.measure.error.validRangeInverted";
    static final String OUTSIDE_RANGE = "csiloop.measure.error.outsideValidRange";
    static final String BELOW_MIN = "csiloop.measure.error.belowValidMin";
    static final String ABOVE_MAX = "csiloop.measure.error.aboveValidMax";
    static final String BASELINE_PERIODS_RANGE = "csiloop.measure.error.baselinePeriods";

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
        checks.storableNumber("validMin", validMin).storableNumber("validMax", validMax);
        if (validMin != null && validMax != null && Double.isFinite(validMin) && Double.isFinite(validMax)
                && validMin > validMax) {
            checks.add("validMin", RANGE_INVERTED, plain(validMin), plain(validMax));
        }
        ruleProfile = ruleProfile == null ? RuleProfile.DEFAULT : ruleProfile;
        if (baselinePeriods < BASELINE_PERIODS_MIN || baselinePeriods > BASELINE_PERIODS_MAX) {
            checks.add("baselinePeriods", BASELINE_PERIODS_RANGE, BASELINE_PERIODS_MIN, BASELINE_PERIODS_MAX);
        }
        checks.orThrow(DefinitionInvalid::new);
    }

    /** A measure with the default chart settings: Making Data Count, no screening, a baseline of 12 periods. */
    public MeasurementDefinition(
            String key, String name, String description, String unit,
            Direction direction, Double target, Band band, double tolerance, Double baseline,
            Aggregation aggregation, PeriodUnit period, MeasurementSource source,
            String idealMeasure, String measurableToday, Double validMin, Double validMax) {
        this(key, name, description, unit, direction, target, band, tolerance, baseline, aggregation, period, source,
                idealMeasure, measurableToday, validMin, validMax, RuleProfile.DEFAULT, false, BASELINE_PERIODS_DEFAULT);
    }

    /** A measure without a valid range: every storable value is admitted. */
    public MeasurementDefinition(
            String key, String name, String description, String unit,
            Direction direction, Double target, Band band, double tolerance, Double baseline,
            Aggregation aggregation, PeriodUnit period, MeasurementSource source,
            String idealMeasure, String measurableToday) {
        this(key, name, description, unit, direction, target, band, tolerance, baseline, aggregation, period, source,
                idealMeasure, measurableToday, null, null);
    }

    /** Whether a data point may have the value: it lies in the valid range, both ends included. */
    public boolean admits(double value) {
        return (validMin == null || value >= validMin) && (validMax == null || value <= validMax);
    }

    /**
     * The error of a value this measure does not {@link #admits admit}, on {@code field}, naming the measure's key
     * and its range ("CSAT takes values from 0 to 100", "from 0", "up to 100"); null for a value it admits.
     */
    public FieldError refusal(String field, double value) {
        if (admits(value)) {
            return null;
        }
        if (validMin != null && validMax != null) {
            return FieldError.of(field, OUTSIDE_RANGE, key, plain(validMin), plain(validMax));
        }
        return validMin != null ? FieldError.of(field, BELOW_MIN, key, plain(validMin))
                : FieldError.of(field, ABOVE_MAX, key, plain(validMax));
    }

    /** A number as written, without needless decimals or digit grouping: {@code 100}, {@code 0.5}, {@code -3}. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
