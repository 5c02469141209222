package io.csiloop.measure;

/** What a change did to a stored data point. */
public enum PointChangeAction {
    /** Its date, value or note were replaced; it keeps its provenance (source, recorder, cycle). */
    CORRECTED,
    /** It was removed: it is read nowhere from then on, except in its history. */
    DELETED
}
