package io.csiloop.application.measure;

import io.csiloop.kernel.Repository;
import io.csiloop.measure.CsvLimits;

/** Where the CSV import limits an administrator set are kept (with the global automation settings). */
@Repository
public interface CsvLimitsStore {

    /** The limits in force: the saved ones, or {@link CsvLimits#DEFAULTS} before an administrator saved any. */
    CsvLimits csvLimits();
}
