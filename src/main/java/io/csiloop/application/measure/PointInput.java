package io.csiloop.application.measure;

import io.csiloop.kernel.FieldError;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPointInvalid;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.ObservedAt;

import java.time.Instant;
import java.util.List;

/**
 * A data point as a caller sends it (a JSON body, a CSV line), checked into a {@link NewDataPoint}.
 *
 * @param observedAt when, as {@link ObservedAt} reads it (ISO-8601, {@code 2026-03-01T09:30:00Z} or with an
 *     offset, in the years 1 to 9999), not after the definition's current period; required
 * @param value finite and {@linkplain MeasurementDefinition#admits admitted} by the definition's valid range; required
 * @param note optional, at most {@value NewDataPoint#NOTE_MAX} characters
 */
public record PointInput(String observedAt, Double value, String note) {

    static final String REQUIRED = "csiloop.measure.error.required";
    static final String NOT_FINITE = "csiloop.measure.error.notFinite";
    static final String TOO_LONG = "csiloop.measure.error.tooLong";
    /** The key of "not an instant we store" (a message of the REST API's section, where it was first needed). */
    static final String INSTANT = "csiloop.rest.error.instant";

    /**
     * The point, or null after adding its errors, each field named after {@code prefix} (e.g. {@code points[3].}).
     * A missing input is an error of the prefix itself ({@code point} without one).
     *
     * @param acceptedBefore the first instant the point may not be dated at (see {@link
     *     DataPointLog#acceptedBefore})
     * @param measure the definition the point is for: its valid range bounds the value
     */
    static NewDataPoint check(PointInput input, Instant acceptedBefore, MeasurementDefinition measure, String prefix,
            List<FieldError> errors) {
        if (input == null) {
            errors.add(FieldError.of(prefix.isEmpty() ? "point" : prefix.substring(0, prefix.length() - 1),
                    REQUIRED));
            return null;
        }
        int before = errors.size();
        Instant observedAt = null;
        if (input.observedAt() == null || input.observedAt().isBlank()) {
            errors.add(FieldError.of(prefix + "observedAt", REQUIRED));
        } else if ((observedAt = ObservedAt.parse(input.observedAt().strip())) == null) {
            errors.add(FieldError.of(prefix + "observedAt", INSTANT));
        } else if (!observedAt.isBefore(acceptedBefore)) {
            errors.add(FieldError.of(prefix + "observedAt", DataPointLog.AFTER_CURRENT_PERIOD,
                    acceptedBefore.toString()));
        }
        if (input.value() == null) {
            errors.add(FieldError.of(prefix + "value", REQUIRED));
        } else if (!Double.isFinite(input.value())) {
            errors.add(FieldError.of(prefix + "value", NOT_FINITE));
        } else if (!measure.admits(input.value())
                && errors.stream().noneMatch(e -> e.field().equals(prefix + "value"))) { // a CSV line's bad text
            errors.add(measure.refusal(prefix + "value", input.value()));
        }
        if (input.note() != null && input.note().length() > NewDataPoint.NOTE_MAX) {
            errors.add(FieldError.of(prefix + "note", TOO_LONG, NewDataPoint.NOTE_MAX));
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            return new NewDataPoint(new DataPoint(observedAt, input.value()), input.note());
        } catch (DataPointInvalid invalid) { // the checks above mirror the domain's; kept as a safety net
            invalid.errors().forEach(e -> errors.add(new FieldError(prefix + e.field(), e.messageKey(), e.params())));
            return null;
        }
    }
}
