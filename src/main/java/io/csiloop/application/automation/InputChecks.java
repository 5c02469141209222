package io.csiloop.application.automation;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.RecordChecks;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Reads the automation's input (text, as a settings page or a REST body sends it) into values: the checks of this
 * domain, whose keys are in {@code i18n/csiloop-automation.properties}, adding every {@link FieldError} to the one
 * collector so that the input is refused once, with all of them ({@link AutomationInvalid}).
 */
final class InputChecks {

    static final String REQUIRED = "csiloop.automation.error.required";
    static final String CHOICE = "csiloop.automation.error.choice";
    static final String RANGE = "csiloop.automation.error.range";
    static final String ZONE = "csiloop.automation.error.zone";

    private final RecordChecks checks = new RecordChecks();

    void add(String field, String messageKey, Object... params) {
        checks.add(field, messageKey, params);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A whole number from {@code min} to {@code max}; {@code whenBlank} when none is given (null: required). */
    Integer number(String field, String text, int min, int max, Integer whenBlank) {
        if (blank(text)) {
            if (whenBlank == null) {
                add(field, REQUIRED);
            }
            return whenBlank;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range that is allowed
        }
        add(field, RANGE, min, max);
        return null;
    }

    /** One of the enum's constant names; null and an error when it is none of them (or missing and required). */
    <E extends Enum<E>> E choice(String field, String text, Class<E> type, boolean required) {
        if (blank(text)) {
            if (required) {
                add(field, REQUIRED);
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        add(field, CHOICE);
        return null;
    }

    /** A time zone id such as {@code Europe/Berlin}; null when blank and optional. */
    ZoneId zone(String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                add(field, REQUIRED);
            }
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            add(field, ZONE);
            return null;
        }
    }

    boolean hasErrors() {
        return checks.hasErrors();
    }

    /** Throws {@link AutomationInvalid} with every error collected, if there is any. */
    void orRefuse() {
        checks.orThrow(AutomationInvalid::new);
    }
}
