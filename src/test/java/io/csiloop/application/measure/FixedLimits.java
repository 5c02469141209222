package io.csiloop.application.measure;

import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.FutureGrace;

/** Limits an administrator saved, fixed for a test. */
record FixedLimits(CsvLimits csvLimits, FutureGrace futureGrace) implements EntryLimitsStore {

    /** What applies before an administrator saves anything. */
    static final FixedLimits DEFAULTS = new FixedLimits(CsvLimits.DEFAULTS, FutureGrace.NONE);

    static FixedLimits of(CsvLimits csvLimits) {
        return new FixedLimits(csvLimits, FutureGrace.NONE);
    }
}
