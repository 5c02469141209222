package io.csiloop.application.measure;

import io.csiloop.kernel.Repository;
import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.FutureGrace;

/**
 * Where the limits a Jira administrator sets on the data points that enter are kept (with the global automation
 * settings): how large a CSV import may be, and how long after the current period a point may be dated.
 */
@Repository
public interface EntryLimitsStore {

    /** The limits in force: the saved ones, or {@link CsvLimits#DEFAULTS} before an administrator saved any. */
    CsvLimits csvLimits();

    /** The grace in force: the saved one, or {@link FutureGrace#NONE} before an administrator saved any. */
    FutureGrace futureGrace();
}
